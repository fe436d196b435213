namespace CaseManagement.Core.Tasks;

/// <summary>The earliest pending timer of a workflow instance (read from wf_timers for SLA due times).</summary>
internal sealed class PendingTimerDue
{
    public Guid InstanceId { get; set; }

    public DateTimeOffset DueAt { get; set; }
}
