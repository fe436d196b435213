using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Hosting;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>The assignee completes their task; the workflow moves on in the same transaction. With
/// <paramref name="ExpectedRevision"/> (API clients) it completes only the task as the caller last saw it. A completion
/// that ends the case runs the category's closure checklist (and any completion the task's cm:checklist): a missing
/// item refuses it, naming each one, and nothing changes.</summary>
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

        var checklist = await TaskChecklist.OfTaskAsync(db, request.TaskId, cancellationToken);
        var step = await workflows.CompleteUserTaskAsync(db.WorkflowSession(), request.TaskId, actor.AuditName, request.Variables, cancellationToken);
        await RefuseIncompleteChecklistAsync(task.CaseId, checklist, closing: step.Status != InstanceStatus.Active, cancellationToken);
        await mediator.Publish(new WorkflowServiceTasksInvoked(step.ServiceTasks) { CreatedTasks = step.CreatedTasks }, cancellationToken);
        afterCommit.Publish(new DeskTaskChanged(task.TaskId, task.Queue ?? task.CategoryCode, DeskChange.Completed));
        DeskTaskChanges.Created(afterCommit, step.CreatedTasks, DeskChange.Created);
        var ended = step.Status != InstanceStatus.Active;
        if (ended)
        {
            await mediator.Publish(new WorkflowInstanceEnded(step.InstanceId, task.CaseId.ToString()), cancellationToken);
        }

        return new CompletedTask(task.CaseId, ended, step.CreatedTasks.Select(t => t.TaskId).ToList());
    }

    // Checked after the step, which alone knows whether this completion ends the case (終了確認); throwing rolls the
    // step back with the rest of the command.
    private async Task RefuseIncompleteChecklistAsync(Guid caseId, TaskChecklist checklist, bool closing, CancellationToken ct)
    {
        if (!closing && checklist.Items.Count == 0 && !checklist.WholeCategory)
        {
            return;
        }

        var closure = await mediator.Send(new GetCaseClosure(caseId, checklist.Items, checklist.WholeCategory), ct);
        var missing = closure.Missing(closing);
        if (missing.Count > 0)
        {
            throw new ValidationException([new ValidationFailure("Checklist",
                Messages.Format("ClosureChecklistIncomplete", string.Join(Messages.Get("ListSeparator"), missing.Select(m => m.Label))))]);
        }
    }
}
