using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Hosting;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>A workflow timer is due (escalation, reminder, deadline): the platform moves the instance on, audited
/// like any command. A timer that already fired or was cancelled changes nothing.</summary>
[Authorize(Roles.System)]
public sealed record FireWorkflowTimer(Guid TimerId) : ICommand<bool>, IAuditTarget
{
    public string AuditTarget => "timer:" + TimerId;
}

internal sealed class FireWorkflowTimerHandler(
    CaseDbContext db, IMediator mediator, WorkflowRuntime workflows, WorkflowDefinitionStore definitions, TimeProvider clock, AfterCommit afterCommit)
    : IRequestHandler<FireWorkflowTimer, bool>
{
    public async Task<bool> Handle(FireWorkflowTimer request, CancellationToken cancellationToken)
    {
        var timer = await TaskEscalations.TimerAsync(db, request.TimerId, cancellationToken);
        var instanceId = timer?.InstanceId;
        var openBefore = await db.WorkTasks.AsNoTracking()
            .Where(t => t.InstanceId == instanceId && t.Status == "open").Select(t => t.Id).ToListAsync(cancellationToken);
        var step = await workflows.FireTimerAsync(db.WorkflowSession(), request.TimerId, cancellationToken);
        if (step is null || timer is null)
        {
            return false;
        }

        // An interrupting boundary (SLA超過) cancels the task it is attached to: its queue must hear of it too.
        var cancelled = await db.WorkTasks.AsNoTracking()
            .Where(t => openBefore.Contains(t.Id) && t.Status == "cancelled")
            .ToListAsync(cancellationToken);
        foreach (var t in cancelled.Where(t => t.Queue is not null))
        {
            afterCommit.Publish(new DeskTaskChanged(t.Id, t.Queue!, DeskChange.Cancelled));
        }

        DeskTaskChanges.Created(afterCommit, step.CreatedTasks, DeskChange.Escalated);
        foreach (var escalated in await TaskEscalations.RecogniseAsync(
                     db, definitions, request.TimerId, timer, cancelled, step, clock.GetUtcNow(), cancellationToken))
        {
            await mediator.Publish(escalated, cancellationToken);
        }

        await mediator.Publish(new WorkflowServiceTasksInvoked(step.ServiceTasks) { CreatedTasks = step.CreatedTasks }, cancellationToken);
        if (step.Status != InstanceStatus.Active)
        {
            var key = await db.WorkflowInstances.Where(i => i.Id == step.InstanceId).Select(i => i.BusinessKey).SingleOrDefaultAsync(cancellationToken);
            await mediator.Publish(new WorkflowInstanceEnded(step.InstanceId, key), cancellationToken);
        }

        return true;
    }
}
