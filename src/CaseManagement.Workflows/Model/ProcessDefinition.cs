namespace CaseManagement.Workflows.Model;

/// <summary>An immutable, executable process graph built from one bpmn:process.</summary>
public sealed class ProcessDefinition
{
    // STUB (contract): the engine helper builds the graph.
    public required string Id { get; init; }
    public string? Name { get; init; }
}
