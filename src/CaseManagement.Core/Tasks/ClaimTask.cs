using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>Takes an open task of one's own categories. Two people claiming at once: exactly one wins, the other
/// is told who has it.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ClaimTask(Guid TaskId) : ICommand<DeskTaskView>, IAuditTarget
{
    public string AuditTarget => "task:" + TaskId;
}

internal sealed class ClaimTaskHandler(CaseDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider clock, AfterCommit afterCommit)
    : IRequestHandler<ClaimTask, DeskTaskView>
{
    public async Task<DeskTaskView> Handle(ClaimTask request, CancellationToken cancellationToken)
    {
        var task = await mediator.Send(new GetTask(request.TaskId), cancellationToken);
        if (task.Status != "open")
        {
            throw new ConflictException(Messages.Get("TaskNotOpen"));
        }

        if (task.IsMine)
        {
            return task;
        }

        var me = actor.StaffId!.Value.ToString();
        var now = clock.GetUtcNow();
        // The WHERE decides the race: a second claimer waits for the first's commit, then matches no row.
        var won = await db.WorkTasks
            .Where(t => t.Id == request.TaskId && t.Status == "open" && t.Assignee == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Assignee, me)
                .SetProperty(t => t.ClaimedAt, now)
                .SetProperty(t => t.Revision, t => t.Revision + 1), cancellationToken);
        if (won == 1)
        {
            await TaskAssignmentLog.RecordAsync(db, task.TaskId, AssignmentKinds.Claim, actor.StaffId, null, null, actor.AuditName, now, cancellationToken);
            afterCommit.Publish(new DeskTaskChanged(task.TaskId, task.Queue ?? task.CategoryCode, DeskChange.Claimed));
            return task with { AssigneeId = actor.StaffId, AssigneeName = actor.DisplayName, IsMine = true };
        }

        var holder = await db.WorkTasks.AsNoTracking().Where(t => t.Id == request.TaskId).Select(t => t.Assignee).SingleAsync(cancellationToken);
        var holderName = holder is not null && Guid.TryParse(holder, out var id)
            && (await mediator.Send(new GetStaffNames([id]), cancellationToken)).TryGetValue(id, out var n) ? n : holder;
        throw new ConflictException(holder is null ? Messages.Get("TaskNotOpen") : Messages.Format("TaskAlreadyClaimed", holderName));
    }
}
