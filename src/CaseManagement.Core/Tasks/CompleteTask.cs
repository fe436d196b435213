using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Hosting;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>The assignee completes their task; the workflow moves on in the same transaction. With
/// <paramref name="ExpectedRevision"/> (API clients) it completes only the task as the caller last saw it.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record CompleteTask(Guid TaskId, IReadOnlyDictionary<string, object?> Variables, int? ExpectedRevision = null)
    : ICommand<CompletedTask>, IAuditTarget
{
    public string AuditTarget => "task:" + TaskId;
}

internal sealed class CompleteTaskHandler(
    CaseDbContext db, IMediator mediator, ICurrentActor actor, WorkflowRuntime workflows, AfterCommit afterCommit)
    : IRequestHandler<CompleteTask, CompletedTask>
{
    public async Task<CompletedTask> Handle(CompleteTask request, CancellationToken cancellationToken)
    {
        var task = await mediator.Send(new GetTask(request.TaskId), cancellationToken);
        if (task.Status != "open")
        {
            throw new ConflictException(Messages.Get("TaskNotOpen"));
        }

        if (!task.IsMine)
        {
            throw new ForbiddenException(Messages.Get("TaskNotYours"));
        }

        // Locks the task row and checks its revision in one statement: nobody changes it between check and completion.
        if (request.ExpectedRevision is { } expected
            && await db.WorkTasks.Where(t => t.Id == request.TaskId && t.Revision == expected)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Revision, t => t.Revision), cancellationToken) != 1)
        {
            throw new ConflictException(Messages.Get("ConcurrentChange"));
        }

        var step = await workflows.CompleteUserTaskAsync(db.WorkflowSession(), request.TaskId, actor.AuditName, request.Variables, cancellationToken);
        afterCommit.Publish(new DeskTaskChanged(task.TaskId, task.Queue ?? task.CategoryCode, DeskChange.Completed));
        DeskTaskChanges.Created(afterCommit, step.CreatedTasks, DeskChange.Created);
        var ended = step.Status != InstanceStatus.Active;
        if (ended)
        {
            await mediator.Publish(new WorkflowInstanceEnded(step.InstanceId, task.CaseId.ToString()), cancellationToken);
        }

        return new CompletedTask(task.CaseId, ended, step.CreatedTasks.Select(t => t.TaskId).ToList());
    }
}
