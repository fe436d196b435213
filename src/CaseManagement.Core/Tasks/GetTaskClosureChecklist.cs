using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Tasks;

/// <summary>The closure checklist a task's workspace shows: its case's category checklist plus the task's cm:checklist.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record GetTaskClosureChecklist(Guid TaskId) : IQuery<CaseClosureView>;

internal sealed class GetTaskClosureChecklistHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<GetTaskClosureChecklist, CaseClosureView>
{
    public async Task<CaseClosureView> Handle(GetTaskClosureChecklist request, CancellationToken cancellationToken)
    {
        var task = await mediator.Send(new GetTask(request.TaskId), cancellationToken);
        var checklist = await TaskChecklist.OfTaskAsync(db, request.TaskId, cancellationToken);
        return await mediator.Send(new GetCaseClosure(task.CaseId, checklist.Items, checklist.WholeCategory), cancellationToken);
    }
}
