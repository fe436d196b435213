using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>A supervisor hands an open task of their categories to a staff member of the task's category.</summary>
[Authorize(Roles.Supervisor)]
public sealed record ReassignTask(Guid TaskId, Guid StaffId) : ICommand<DeskTaskView>, IAuditTarget
{
    public string AuditTarget => "task:" + TaskId;
}

internal sealed class ReassignTaskHandler(CaseDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider clock, AfterCommit afterCommit)
    : IRequestHandler<ReassignTask, DeskTaskView>
{
    public async Task<DeskTaskView> Handle(ReassignTask request, CancellationToken cancellationToken)
    {
        var task = await mediator.Send(new GetTask(request.TaskId), cancellationToken);
        if (task.Status != "open")
        {
            throw new ConflictException(Messages.Get("TaskNotOpen"));
        }

        var staff = await mediator.Send(new ListCategoryStaff(task.CategoryCode), cancellationToken);
        if (!staff.TryGetValue(request.StaffId, out var name))
        {
            throw new ForbiddenException(Messages.Get("ReassignNotInCategory"));
        }

        var now = clock.GetUtcNow();
        var changed = await db.WorkTasks
            .Where(t => t.Id == request.TaskId && t.Status == "open")
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Assignee, request.StaffId.ToString())
                .SetProperty(t => t.ClaimedAt, now)
                .SetProperty(t => t.Revision, t => t.Revision + 1), cancellationToken);
        if (changed != 1)
        {
            throw new ConflictException(Messages.Get("TaskNotOpen"));
        }

        await TaskAssignmentLog.RecordAsync(db, task.TaskId, AssignmentKinds.Reassign, request.StaffId, task.AssigneeId, null, actor.AuditName, now, cancellationToken);
        afterCommit.Publish(new DeskTaskChanged(task.TaskId, task.Queue ?? task.CategoryCode, DeskChange.Reassigned));
        return task with { AssigneeId = request.StaffId, AssigneeName = name, IsMine = false };
    }
}
