namespace CaseManagement.Core.Administration;

/// <summary>One line of a try-it run's log, in the admin's language: <see cref="Step"/> counts the admin's actions
/// (0: the start), <see cref="Kind"/> is the history kind or host command it comes from.</summary>
public sealed record WorkflowTrialLogEntry(int Step, DateTimeOffset At, string Kind, string? ElementId, string Text);
