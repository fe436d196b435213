using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>The case's closure checklist: the category's required items (admin-defined) and
/// <paramref name="TaskItems"/> (a user task's cm:checklist), each with whether the case has it recorded. With
/// <paramref name="CategoryOnEveryCompletion"/> the task asks for the category's items even when it does not close the case.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record GetCaseClosure(Guid CaseId, IReadOnlyCollection<string>? TaskItems = null, bool CategoryOnEveryCompletion = false)
    : IQuery<CaseClosureView>;

internal sealed class GetCaseClosureHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<GetCaseClosure, CaseClosureView>
{
    public async Task<CaseClosureView> Handle(GetCaseClosure request, CancellationToken cancellationToken)
    {
        // GetCase refuses staff of other categories.
        var view = await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        var @case = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == request.CaseId, cancellationToken);
        var byCategory = await mediator.Send(new GetClosureChecklist(view.CategoryCode), cancellationToken);
        IReadOnlyCollection<string> byTask = request.CategoryOnEveryCompletion ? [.. byCategory, .. request.TaskItems ?? []] : request.TaskItems ?? [];
        var items = ClosureItems.All
            .Where(i => byCategory.Contains(i) || byTask.Contains(i))
            .Select(i => new ClosureItemState(i, ClosureItems.Label(i), byCategory.Contains(i), byTask.Contains(i), ClosureItems.IsRecorded(@case, i)))
            .ToList();
        return new CaseClosureView(@case.Id, @case.Outcome, @case.FollowUpNeeded, items);
    }
}
