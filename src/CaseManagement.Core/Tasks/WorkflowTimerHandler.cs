using CaseManagement.Core.Common.Security;
using CaseManagement.Workflows.Hosting.Timers;
using MediatR;

namespace CaseManagement.Core.Tasks;

/// <summary>Quartz fires a workflow timer through Core's pipeline, acting as the system.</summary>
internal sealed class WorkflowTimerHandler(ActorOverride actor, IMediator mediator) : IWorkflowTimerHandler
{
    public async Task FireAsync(Guid timerId, CancellationToken ct)
    {
        actor.Actor = new SystemActor();
        await mediator.Send(new FireWorkflowTimer(timerId), ct);
    }
}
