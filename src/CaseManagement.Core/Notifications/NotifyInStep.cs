using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using MediatR;

namespace CaseManagement.Core.Notifications;

/// <summary>Writes a step's notify service tasks in the step's own transaction: the notification exists exactly when
/// the step that sent it committed.</summary>
internal sealed class NotifyInStep(CaseDbContext db, IMediator mediator, AfterCommit afterCommit, TimeProvider clock)
    : INotificationHandler<WorkflowServiceTasksInvoked>
{
    public async Task Handle(WorkflowServiceTasksInvoked notification, CancellationToken cancellationToken)
    {
        foreach (var task in notification.ServiceTasks.Where(s => s.Type == WorkflowNotify.Type))
        {
            await WorkflowNotify.SendAsync(db, mediator, afterCommit, clock, task, cancellationToken);
        }
    }
}
