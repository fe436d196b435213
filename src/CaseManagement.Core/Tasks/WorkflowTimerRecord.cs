namespace CaseManagement.Core.Tasks;

/// <summary>Read-only view of wf_timers: a task without cm:due is due when its instance's SLA timer fires, and the
/// queues sort by that in SQL.</summary>
public sealed class WorkflowTimerRecord
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public required string ElementId { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FiredAt { get; set; }
}
