using MediatR;

namespace CaseManagement.Core.Tasks;

/// <summary>Published in the step's transaction when an interrupting boundary timer (SLA超過) took a task away and
/// the workflow created its successor: who held it, where it went, because of which timer and when.</summary>
public sealed record TaskEscalated(
    Guid TimerId, Guid CaseId, Guid FromTaskId, Guid? PreviousAssigneeId, Guid ToTaskId, string ToQueue,
    string? TimerName, string? Duration, bool BusinessTime, DateTimeOffset At) : INotification;
