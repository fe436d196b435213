using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>Whether the staff member has opened the history of any of these tasks (replying is allowed then).</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record HasViewedHistory(IReadOnlyCollection<Guid> TaskIds) : IQuery<bool>;

internal sealed class HasViewedHistoryHandler(CaseDbContext db, ICurrentActor actor) : IRequestHandler<HasViewedHistory, bool>
{
    public async Task<bool> Handle(HasViewedHistory request, CancellationToken cancellationToken)
    {
        var ids = request.TaskIds.ToArray();
        return await db.TaskHistoryViews.AsNoTracking().AnyAsync(v => ids.Contains(v.TaskId) && v.StaffId == actor.StaffId, cancellationToken);
    }
}
