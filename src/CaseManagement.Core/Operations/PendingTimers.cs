namespace CaseManagement.Core.Operations;

/// <summary>Workflow timers still waiting (wf_timers) and the earliest due time.</summary>
public sealed record PendingTimers(long Count, DateTimeOffset? NextDueAt);
