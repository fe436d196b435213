namespace CaseManagement.Core.Tasks;

/// <summary>A wf_timers row about to fire: its instance and the timer element.</summary>
internal sealed class FiredTimerRow
{
    public Guid InstanceId { get; set; }

    public required string ElementId { get; set; }
}
