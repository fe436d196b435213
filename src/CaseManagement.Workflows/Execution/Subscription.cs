namespace CaseManagement.Workflows.Execution;

/// <summary>Something a token waits for: a user task, a timer, a message or a call activity's child instance.</summary>
/// <param name="Id">The task id, timer id or child instance id the host knows it by.</param>
/// <param name="ElementId">The element that reacts: the task, the catch event or the boundary event.</param>
/// <param name="TokenId">The waiting token: the task's, the catch event's, the event-based gateway's or, for a
/// boundary event, the activity's.</param>
/// <param name="RemainingRepetitions">For a timeCycle: how many more times it fires after this one (-1: forever).</param>
public sealed record Subscription(
    Guid Id,
    SubscriptionKind Kind,
    string ElementId,
    Guid TokenId,
    string? MessageName = null,
    DateTimeOffset? DueAt = null,
    int? RemainingRepetitions = null);
