namespace CaseManagement.Core.Administration;

/// <summary>Read-only view of a published workflow version (wf_definitions).</summary>
public sealed class WorkflowDefinitionRecord
{
    public Guid Id { get; set; }
    public required string ProcessId { get; set; }
    public int Version { get; set; }
    public string? Name { get; set; }
    public required string BpmnXml { get; set; }
    public required string Checksum { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
}
