namespace CaseManagement.Workflows.Model;

/// <summary>A timer: <see cref="Value"/> is an ISO 8601 duration, date or cycle, or '=' and a FEEL expression.</summary>
public sealed record TimerTrigger(TimerKind Kind, string Value) : EventTrigger;
