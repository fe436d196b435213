using System.Linq.Expressions;
using CaseManagement.Core.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>Filtering, sorting and paging of desk queues, all in SQL: only one page of rows is ever loaded.</summary>
internal sealed partial class DeskTasks
{
    /// <summary>The open tasks the actor may see, of one queue (or all), by assignee, and of cases with a tag.</summary>
    public async Task<IQueryable<WorkTask>> OpenAsync(string? queue, DeskAssigneeFilter assignee, string? tag, CancellationToken ct)
    {
        var tasks = (await VisibleAsync(ct)).Where(t => t.Status == "open");
        if (!string.IsNullOrEmpty(queue))
        {
            tasks = tasks.Where(t => t.Queue == queue);
        }

        var me = actor.StaffId?.ToString();
        tasks = assignee switch
        {
            DeskAssigneeFilter.Mine => tasks.Where(t => t.Assignee == me),
            DeskAssigneeFilter.Unassigned => tasks.Where(t => t.Assignee == null),
            _ => tasks,
        };
        if (!string.IsNullOrWhiteSpace(tag))
        {
            var keys = (await mediator.Send(new FindCasesByTag(tag.Trim()), ct)).Select(id => id.ToString()).ToList();
            tasks = tasks.Where(t => db.WorkflowInstances.Any(i => i.Id == t.InstanceId && keys.Contains(i.BusinessKey!)));
        }

        return tasks;
    }

    /// <summary>One page of <paramref name="tasks"/> in the order asked for (ties: oldest first, then id, so pages
    /// never overlap); a page past the end shows the last page.</summary>
    public async Task<(IReadOnlyList<DeskTaskView> Rows, int Total, int Page)> PageAsync(
        IQueryable<WorkTask> tasks, DeskSort sort, bool descending, int page, int pageSize, CancellationToken ct)
    {
        var total = await tasks.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var ordered = await SortAsync(tasks, sort, descending, ct);
        var ids = await ordered.ThenBy(t => t.CreatedAt).ThenBy(t => t.Id).Skip((page - 1) * pageSize).Take(pageSize).Select(t => t.Id).ToListAsync(ct);
        var rows = await ViewsAsync(db.WorkTasks.Where(t => ids.Contains(t.Id)), ct);
        return ([.. rows.OrderBy(r => ids.IndexOf(r.TaskId))], total, page);
    }

    private async Task<IOrderedQueryable<WorkTask>> SortAsync(IQueryable<WorkTask> tasks, DeskSort sort, bool descending, CancellationToken ct)
    {
        switch (sort)
        {
            case DeskSort.Due:
                // As the queue shows it: cm:due, else the instance's earliest pending timer (the SLA boundary).
                Expression<Func<WorkTask, DateTimeOffset?>> due = t => t.DueAt
                    ?? db.WorkflowTimers.Where(x => x.InstanceId == t.InstanceId && x.Status == "pending").Min(x => (DateTimeOffset?)x.DueAt);
                // Tasks without a due time last either way (PostgreSQL puts NULLs first when descending).
                var none = Expression.Lambda<Func<WorkTask, bool>>(
                    Expression.Equal(due.Body, Expression.Constant(null, typeof(DateTimeOffset?))), due.Parameters);
                var withDue = tasks.OrderBy(none);
                return descending ? withDue.ThenByDescending(due) : withDue.ThenBy(due);
            case DeskSort.Category:
                var order = (await MyDeskQueuesAsync(ct)).Where(q => !q.IsEscalation).Select(q => q.CategoryCode).ToArray();
                Expression<Func<WorkTask, int>> position = t => Array.IndexOf(order,
                    t.Queue!.StartsWith(DeskTaskView.EscalationPrefix) ? t.Queue.Substring(DeskTaskView.EscalationPrefix.Length) : t.Queue);
                return descending ? tasks.OrderByDescending(position) : tasks.OrderBy(position);
            case DeskSort.Age:
                // Age ascending is the youngest first.
                return descending ? tasks.OrderBy(t => t.CreatedAt) : tasks.OrderByDescending(t => t.CreatedAt);
            default:
                return descending ? tasks.OrderByDescending(t => t.CreatedAt) : tasks.OrderBy(t => t.CreatedAt);
        }
    }
}
