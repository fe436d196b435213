using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>The same resident's earlier cases, newest first, in the categories the staff member works (a counselor
/// never reads another category's cases). An anonymous case has no resident, hence none.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ListEarlierCases(Guid CaseId) : IQuery<IReadOnlyList<CaseView>>;

internal sealed class ListEarlierCasesHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<ListEarlierCases, IReadOnlyList<CaseView>>
{
    public async Task<IReadOnlyList<CaseView>> Handle(ListEarlierCases request, CancellationToken cancellationToken)
    {
        // GetCase refuses staff of other categories.
        await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        var current = await db.Cases.AsNoTracking().Where(c => c.Id == request.CaseId).Select(c => new { c.ResidentId, c.OpenedAt }).SingleAsync(cancellationToken);
        if (current.ResidentId is not { } resident)
        {
            return [];
        }

        var mine = (await mediator.Send(new GetMyCategories(), cancellationToken)).Select(c => c.Id).ToList();
        var earlier = await CaseQueries.ViewsAsync(db, mediator,
            c => c.ResidentId == resident && c.Id != request.CaseId && c.OpenedAt <= current.OpenedAt && mine.Contains(c.CategoryId), cancellationToken);
        return [.. earlier.OrderByDescending(c => c.OpenedAt)];
    }
}
