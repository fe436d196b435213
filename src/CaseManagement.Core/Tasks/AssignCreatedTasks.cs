using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using CaseManagement.Workflows.Commands;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>The assign service task (cm:type="assign") carried out in the step that ran it: the user task the same
/// step created in the service task's cm:queue (or its first queued task) goes to a counselor of that category who
/// is at their desk, as the category's mode says; with mode none, or nobody at their desk, it stays in the queue.
/// The outbox still delivers the service task afterwards, which only records it in the audit log (ADR 0010).</summary>
internal sealed class AssignCreatedTasks(CaseDbContext db, IMediator mediator, TimeProvider clock) : INotificationHandler<WorkflowServiceTasksInvoked>
{
    public const string ServiceType = "assign";

    public async Task Handle(WorkflowServiceTasksInvoked notification, CancellationToken cancellationToken)
    {
        var taken = new HashSet<Guid>();
        foreach (var assign in notification.ServiceTasks.Where(s => s.Type == ServiceType))
        {
            var queue = assign.Inputs.TryGetValue("queue", out var q) ? q as string : null;
            var task = notification.CreatedTasks.FirstOrDefault(t => t.Queue is not null && !taken.Contains(t.TaskId) && (queue is null || t.Queue == queue));
            if (task is not null)
            {
                taken.Add(task.TaskId);
                await AssignAsync(task, cancellationToken);
            }
        }
    }

    private async Task AssignAsync(CreateUserTask task, CancellationToken ct)
    {
        var queue = task.Queue!;
        var pool = await mediator.Send(new GetAssignmentPool(queue), ct);
        if (pool.Mode == AssignmentModes.None || pool.OnDuty.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        // Locks the queue's turn until commit: a second case at the same moment waits here, then reads whom this
        // one chose (and, for least-loaded, this one's new task in the counts).
        var last = (await db.Database.SqlQuery<Guid?>(
                $"""
                 INSERT INTO assignment_turns (queue, updated_at) VALUES ({queue}, {now})
                 ON CONFLICT (queue) DO UPDATE SET updated_at = excluded.updated_at
                 RETURNING last_staff_id AS "Value"
                 """)
            .ToListAsync(ct)).Single();
        var turn = pool.InTurnAfter(last);
        var chosen = turn[0];
        if (pool.Mode == AssignmentModes.LeastLoaded)
        {
            var ids = turn.Select(id => id.ToString()).ToList();
            var loads = await db.WorkTasks.AsNoTracking()
                .Where(t => t.Status == "open" && t.Assignee != null && ids.Contains(t.Assignee!))
                .GroupBy(t => t.Assignee!)
                .Select(g => new { Staff = g.Key, Open = g.Count() })
                .ToDictionaryAsync(x => x.Staff, x => x.Open, ct);
            // Ties go to whoever is next in turn, so equal loads still rotate.
            chosen = turn.MinBy(id => loads.GetValueOrDefault(id.ToString()));
        }

        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE assignment_turns SET last_staff_id = {chosen} WHERE queue = {queue}", ct);
        var assigned = await db.WorkTasks
            .Where(t => t.Id == task.TaskId && t.Status == "open" && t.Assignee == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Assignee, chosen.ToString())
                .SetProperty(t => t.ClaimedAt, now)
                .SetProperty(t => t.Revision, t => t.Revision + 1), ct);
        if (assigned == 1)
        {
            await TaskAssignmentLog.RecordAsync(db, task.TaskId, AssignmentKinds.Auto, chosen, null, pool.Mode, new SystemActor().AuditName, now, ct);
        }
    }
}
