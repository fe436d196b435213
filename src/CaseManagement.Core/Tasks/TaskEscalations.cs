using CaseManagement.Core.Common;
using CaseManagement.Workflows.Hosting;
using CaseManagement.Workflows.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>Recognises an escalation in a fired timer's step: the timer interrupted an open task and the workflow
/// created a task in its place (the shipped consultation: 相談対応 → エスカレーション対応 in supervisors:&lt;category&gt;).</summary>
internal static class TaskEscalations
{
    public static async Task<FiredTimerRow?> TimerAsync(CaseDbContext db, Guid timerId, CancellationToken ct) =>
        await db.Database.SqlQuery<FiredTimerRow>(
                $"SELECT instance_id AS \"InstanceId\", element_id AS \"ElementId\" FROM wf_timers WHERE id = {timerId} AND status = 'pending'")
            .SingleOrDefaultAsync(ct);

    public static async Task<IReadOnlyList<TaskEscalated>> RecogniseAsync(
        CaseDbContext db, WorkflowDefinitionStore definitions, Guid timerId, FiredTimerRow timer, IReadOnlyList<WorkTask> cancelled,
        WorkflowStep step, DateTimeOffset at, CancellationToken ct)
    {
        var successor = step.CreatedTasks.FirstOrDefault(t => t.Queue is not null);
        if (cancelled.Count == 0 || successor is null)
        {
            return [];
        }

        var instance = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == timer.InstanceId)
            .Select(i => new { i.DefinitionId, i.ProcessId, i.BusinessKey }).SingleAsync(ct);
        if (!Guid.TryParse(instance.BusinessKey, out var caseId))
        {
            return [];
        }

        var process = await definitions.LoadAsync(db.WorkflowSession(), instance.DefinitionId, instance.ProcessId, ct);
        var node = process.FindNode(timer.ElementId);
        var trigger = (node as BoundaryEventNode)?.Trigger as TimerTrigger;
        return cancelled.Select(t => new TaskEscalated(timerId, caseId, t.Id, DeskTasks.AssigneeId(t), successor.TaskId, successor.Queue!,
            node?.Name, trigger?.Value, trigger?.Kind == TimerKind.BusinessDuration, at)).ToList();
    }
}
