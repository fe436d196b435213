using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>The queues the staff member may see with their open and unassigned counts. Also what the desk hub
/// joins a connection to: decided here, never by the client.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ListMyDeskQueues : IQuery<IReadOnlyList<DeskQueue>>;

internal sealed class ListMyDeskQueuesHandler(CaseDbContext db, DeskTasks desk) : IRequestHandler<ListMyDeskQueues, IReadOnlyList<DeskQueue>>
{
    public async Task<IReadOnlyList<DeskQueue>> Handle(ListMyDeskQueues request, CancellationToken cancellationToken)
    {
        var queues = await desk.MyDeskQueuesAsync(cancellationToken);
        var names = queues.Select(q => q.Queue).ToList();
        var counts = await db.WorkTasks.AsNoTracking()
            .Where(t => t.Status == "open" && t.Queue != null && names.Contains(t.Queue))
            .GroupBy(t => t.Queue!)
            .Select(g => new { Queue = g.Key, Open = g.Count(), Unassigned = g.Count(t => t.Assignee == null) })
            .ToDictionaryAsync(x => x.Queue, cancellationToken);
        return queues.Select(q => counts.TryGetValue(q.Queue, out var c) ? q with { Open = c.Open, Unassigned = c.Unassigned } : q).ToList();
    }
}
