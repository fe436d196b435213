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

internal sealed class FireWorkflowTimerHandler(CaseDbContext db, IMediator mediator, WorkflowRuntime workflows)
    : IRequestHandler<FireWorkflowTimer, bool>
{
    public async Task<bool> Handle(FireWorkflowTimer request, CancellationToken cancellationToken)
    {
        var step = await workflows.FireTimerAsync(db.WorkflowSession(), request.TimerId, cancellationToken);
        if (step is null)
        {
            return false;
        }

        if (step.Status != InstanceStatus.Active)
        {
            var key = await db.WorkflowInstances.Where(i => i.Id == step.InstanceId).Select(i => i.BusinessKey).SingleOrDefaultAsync(cancellationToken);
            await mediator.Publish(new WorkflowInstanceEnded(step.InstanceId, key), cancellationToken);
        }

        return true;
    }
}
