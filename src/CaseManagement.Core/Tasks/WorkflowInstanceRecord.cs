namespace CaseManagement.Core.Tasks;

/// <summary>Read-only view of wf_instances: which case (business key) a task belongs to.</summary>
public sealed class WorkflowInstanceRecord
{
    public Guid Id { get; set; }
    public Guid DefinitionId { get; set; }
    public required string ProcessId { get; set; }
    public string? BusinessKey { get; set; }
    public required string Status { get; set; }
    public required string State { get; set; }
    public int Revision { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>For a call activity's child: the calling instance and element.</summary>
    public Guid? ParentInstanceId { get; set; }

    public string? ParentElementId { get; set; }
}
