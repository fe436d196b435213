namespace CaseManagement.Core.Audit;

/// <summary>A timer the instance still waits for (scheduled, neither fired nor cancelled).</summary>
public sealed record PendingTimerView(string ElementId, DateTimeOffset? DueAt);
