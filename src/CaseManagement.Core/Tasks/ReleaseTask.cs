using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>The assignee gives their task back to its queue, unassigned, for someone else to claim.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ReleaseTask(Guid TaskId) : ICommand<DeskTaskView>, IAuditTarget
{
    public string AuditTarget => "task:" + TaskId;
}

internal sealed class ReleaseTaskHandler(CaseDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider clock, AfterCommit afterCommit)
    : IRequestHandler<ReleaseTask, DeskTaskView>
{
    public async Task<DeskTaskView> Handle(ReleaseTask request, CancellationToken cancellationToken)
    {
        var task = await mediator.Send(new GetTask(request.TaskId), cancellationToken);
        if (task.Status != "open")
        {
            throw new ConflictException(Messages.Get("TaskNotOpen"));
        }

        var me = actor.StaffId!.Value.ToString();
        var released = await db.WorkTasks
            .Where(t => t.Id == request.TaskId && t.Status == "open" && t.Assignee == me)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Assignee, (string?)null)
                .SetProperty(t => t.ClaimedAt, (DateTimeOffset?)null)
                .SetProperty(t => t.Revision, t => t.Revision + 1), cancellationToken);
        if (released != 1)
        {
            throw new ForbiddenException(Messages.Get("ReleaseNotYours"));
        }

        await TaskAssignmentLog.RecordAsync(db, task.TaskId, AssignmentKinds.Release, null, actor.StaffId, null, actor.AuditName, clock.GetUtcNow(), cancellationToken);
        afterCommit.Publish(new DeskTaskChanged(task.TaskId, task.Queue ?? task.CategoryCode, DeskChange.Released));
        return task with { AssigneeId = null, AssigneeName = null, IsMine = false };
    }
}
