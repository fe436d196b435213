using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using CaseManagement.Workflows.Hosting;
using MediatR;

namespace CaseManagement.Core.Notifications;

/// <summary>The outbox delivers a notify service task (after commit, at least once). Usually its step has written the
/// notifications already under the same key and this adds nothing; it matters for steps whose caller does not
/// carry service tasks out in the step (a consultation's start, a call activity's child).</summary>
[Authorize(Roles.System)]
public sealed record DeliverWorkflowNotification(InvokedServiceTask Task) : ICommand<int>, IAuditTarget
{
    public string AuditTarget => Task.IdempotencyKey;
}

internal sealed class DeliverWorkflowNotificationHandler(CaseDbContext db, IMediator mediator, AfterCommit afterCommit, TimeProvider clock)
    : IRequestHandler<DeliverWorkflowNotification, int>
{
    public Task<int> Handle(DeliverWorkflowNotification request, CancellationToken cancellationToken) =>
        WorkflowNotify.SendAsync(db, mediator, afterCommit, clock, request.Task, cancellationToken);
}
