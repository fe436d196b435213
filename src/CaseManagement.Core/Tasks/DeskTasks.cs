using CaseManagement.Core.Administration;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>Turns task rows into desk rows: the case through the Cases module, names through Administration.</summary>
internal sealed partial class DeskTasks(CaseDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider clock)
{
    public async Task<IReadOnlyList<DeskTaskView>> ViewsAsync(IQueryable<WorkTask> tasks, CancellationToken ct)
    {
        var rows = await tasks.AsNoTracking()
            .Join(db.WorkflowInstances, t => t.InstanceId, i => i.Id, (t, i) => new { Task = t, i.BusinessKey })
            .OrderBy(x => x.Task.CreatedAt)
            .ToListAsync(ct);
        var caseIds = rows.Select(r => Guid.TryParse(r.BusinessKey, out var id) ? id : Guid.Empty).Distinct().ToList();
        var cases = (await mediator.Send(new ListCaseViews(caseIds), ct)).ToDictionary(c => c.Id);
        var assignees = rows.Select(r => AssigneeId(r.Task)).OfType<Guid>().Distinct().ToList();
        var names = assignees.Count == 0 ? new Dictionary<Guid, string>() : await mediator.Send(new GetStaffNames(assignees), ct);
        var slas = await SlaDueAsync(rows.Where(r => r.Task.DueAt is null && r.Task.Status == "open").Select(r => r.Task.InstanceId).Distinct().ToArray(), ct);
        var now = clock.GetUtcNow();
        return rows
            .Where(r => Guid.TryParse(r.BusinessKey, out var id) && cases.ContainsKey(id))
            .Select(r =>
            {
                var c = cases[Guid.Parse(r.BusinessKey!)];
                var assignee = AssigneeId(r.Task);
                return new DeskTaskView(r.Task.Id, r.Task.Name, r.Task.Status, c.Id, c.CaseNumber, c.CategoryCode, c.CategoryNameJa,
                    c.CategoryNameEn, r.Task.CreatedAt, DueAt(r.Task, slas), assignee,
                    assignee is { } a && names.TryGetValue(a, out var n) ? n : r.Task.Assignee, assignee == actor.StaffId && assignee is not null,
                    r.Task.Queue, Due(DueAt(r.Task, slas), now), r.Task.Revision);
            })
            .ToList();
    }

    /// <summary>Every queue the actor may see: their categories, and for supervisors those categories' escalation queues.</summary>
    public async Task<IReadOnlyList<DeskQueue>> MyDeskQueuesAsync(CancellationToken ct)
    {
        var categories = await mediator.Send(new GetMyCategories(), ct);
        var queues = categories.Select(c => new DeskQueue(c.Code, c.Code, c.NameJa, c.NameEn, false)).ToList();
        if (actor.IsInRole(Roles.Supervisor))
        {
            queues.AddRange(categories.Select(c => new DeskQueue(DeskTaskView.EscalationPrefix + c.Code, c.Code, c.NameJa, c.NameEn, true)));
        }

        return queues;
    }

    public async Task<IReadOnlyList<string>> MyQueuesAsync(CancellationToken ct) =>
        (await MyDeskQueuesAsync(ct)).Select(q => q.Queue).ToList();

    /// <summary>The tasks the actor may see: those of their queues, and any assigned to them (a reassigned escalation).</summary>
    public async Task<IQueryable<WorkTask>> VisibleAsync(CancellationToken ct)
    {
        var queues = await MyQueuesAsync(ct);
        var me = actor.StaffId?.ToString();
        return db.WorkTasks.Where(t => (t.Queue != null && queues.Contains(t.Queue)) || (me != null && t.Assignee == me));
    }

    public static Guid? AssigneeId(WorkTask task) => Guid.TryParse(task.Assignee, out var id) ? id : null;

    /// <summary>A task without cm:due is due when its instance's earliest pending timer fires: in the shipped
    /// consultation that is the SLA boundary (SLA超過, 4 office hours) that escalates it.</summary>
    private async Task<Dictionary<Guid, DateTimeOffset>> SlaDueAsync(Guid[] instanceIds, CancellationToken ct) =>
        instanceIds.Length == 0 ? [] : (await db.Database.SqlQuery<PendingTimerDue>(
                $"SELECT instance_id AS \"InstanceId\", min(due_at) AS \"DueAt\" FROM wf_timers WHERE status = 'pending' AND instance_id = ANY({instanceIds}) GROUP BY instance_id")
            .ToListAsync(ct)).ToDictionary(t => t.InstanceId, t => t.DueAt);

    private static DateTimeOffset? DueAt(WorkTask task, Dictionary<Guid, DateTimeOffset> slas) =>
        task.DueAt ?? (task.Status == "open" && slas.TryGetValue(task.InstanceId, out var due) ? due : null);

    private static DueState Due(DateTimeOffset? dueAt, DateTimeOffset now) => dueAt switch
    {
        null => DueState.None,
        { } due when due <= now => DueState.Overdue,
        { } due when due <= now.AddHours(1) => DueState.Soon,
        _ => DueState.Later,
    };
}
