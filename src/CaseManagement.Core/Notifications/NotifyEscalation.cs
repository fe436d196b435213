using System.Globalization;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Tasks;
using MediatR;

namespace CaseManagement.Core.Notifications;

/// <summary>An escalation tells, in the step's transaction, whoever held the task and the queue it went to (the
/// category's supervisors); the case shows the same notice: why and when.</summary>
internal sealed class NotifyEscalation(CaseDbContext db, IMediator mediator, AfterCommit afterCommit, TimeProvider clock)
    : INotificationHandler<TaskEscalated>
{
    public async Task Handle(TaskEscalated notification, CancellationToken cancellationToken)
    {
        var caseNumber = (await mediator.Send(new ListCaseViews([notification.CaseId]), cancellationToken)).SingleOrDefault()?.CaseNumber ?? "";
        List<NotificationRecipient> recipients = [NotificationRecipient.QueueOf(notification.ToQueue, notification.ToTaskId)];
        if (notification.PreviousAssigneeId is { } previous)
        {
            recipients.Add(NotificationRecipient.Staff(previous, notification.FromTaskId));
        }

        var args = new Dictionary<string, string>
        {
            ["caseNumber"] = caseNumber,
            ["timer"] = notification.TimerName ?? "",
            ["duration"] = notification.Duration ?? "",
            ["business"] = notification.BusinessTime ? "true" : "false",
            ["at"] = notification.At.ToString("O", CultureInfo.InvariantCulture),
        };
        await StaffNotices.SendAsync(db, afterCommit, clock, $"escalation:{notification.TimerId}:{notification.FromTaskId}", recipients,
            NotificationTemplates.TaskEscalated, notification.CaseId, args, cancellationToken);
    }
}
