using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>Open and unclaimed task counts of every desk queue, for the Admin status page (no task content).</summary>
[Authorize(Roles.Admin)]
public sealed record CountOpenTasksPerQueue : IQuery<IReadOnlyList<QueueLoad>>;

internal sealed class CountOpenTasksPerQueueHandler(CaseDbContext db) : IRequestHandler<CountOpenTasksPerQueue, IReadOnlyList<QueueLoad>>
{
    public async Task<IReadOnlyList<QueueLoad>> Handle(CountOpenTasksPerQueue request, CancellationToken cancellationToken)
    {
        var counts = await db.WorkTasks.AsNoTracking()
            .Where(t => t.Status == "open" && t.Queue != null)
            .GroupBy(t => t.Queue!)
            .Select(g => new { Queue = g.Key, Open = g.Count(), Unclaimed = g.Count(t => t.Assignee == null) })
            .ToListAsync(cancellationToken);
        return counts.OrderBy(c => c.Queue, StringComparer.Ordinal).Select(c => new QueueLoad(c.Queue, c.Open, c.Unclaimed)).ToList();
    }
}
