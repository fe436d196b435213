using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>The open tasks of one workflow instance with their case (a workflow's notify service task tells their
/// assignees or queues).</summary>
[Authorize(Roles.System, Roles.Counselor, Roles.Supervisor)]
public sealed record ListOpenTasksOfInstance(Guid InstanceId) : IQuery<IReadOnlyList<OpenTaskSummary>>;

internal sealed class ListOpenTasksOfInstanceHandler(CaseDbContext db) : IRequestHandler<ListOpenTasksOfInstance, IReadOnlyList<OpenTaskSummary>>
{
    public async Task<IReadOnlyList<OpenTaskSummary>> Handle(ListOpenTasksOfInstance request, CancellationToken cancellationToken)
    {
        var rows = await db.WorkTasks.AsNoTracking()
            .Where(t => t.InstanceId == request.InstanceId && t.Status == "open")
            .Join(db.WorkflowInstances, t => t.InstanceId, i => i.Id, (t, i) => new { Task = t, i.BusinessKey })
            .OrderBy(x => x.Task.CreatedAt)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new OpenTaskSummary(r.Task.Id, r.Task.Name, r.Task.Queue, DeskTasks.AssigneeId(r.Task), r.Task.CreatedAt,
            Guid.TryParse(r.BusinessKey, out var caseId) ? caseId : null)).ToList();
    }
}
