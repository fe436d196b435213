namespace CaseManagement.Workflows.Execution;

/// <summary>A command could not be applied; nothing changed. The message names the element and the reason.</summary>
public sealed class WorkflowExecutionException(string? elementId, string message) : Exception(message)
{
    public string? ElementId { get; } = elementId;
}
