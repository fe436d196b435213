using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>The staff member opened the resident's history for this task, or confirmed there is none. Idempotent.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record MarkHistoryViewed(Guid TaskId, bool NoneConfirmed = false) : ICommand<bool>, IAuditTarget
{
    public string AuditTarget => "task:" + TaskId;
}

internal sealed class MarkHistoryViewedHandler(CaseDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<MarkHistoryViewed, bool>
{
    public async Task<bool> Handle(MarkHistoryViewed request, CancellationToken cancellationToken)
    {
        await mediator.Send(new GetTask(request.TaskId), cancellationToken);
        var staffId = actor.StaffId!.Value;
        // Two tabs opening the history at once: the second insert does nothing instead of failing.
        var added = await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO task_history_views (task_id, staff_id, viewed_at, none_confirmed) VALUES ({request.TaskId}, {staffId}, {clock.GetUtcNow()}, {request.NoneConfirmed}) ON CONFLICT DO NOTHING",
            cancellationToken);
        return added == 1;
    }
}
