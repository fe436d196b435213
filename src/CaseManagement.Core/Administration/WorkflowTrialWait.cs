namespace CaseManagement.Core.Administration;

/// <summary>A timer or message a try-it run waits for: the timer's id and due time, or the message's name.</summary>
public sealed record WorkflowTrialWait(Guid Id, string ElementId, string Name, DateTimeOffset? DueAt, string? MessageName);
