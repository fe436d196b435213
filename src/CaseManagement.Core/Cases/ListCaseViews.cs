using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Cases;

/// <summary>Several cases at once, for queues (the caller has already restricted them to the actor's categories).</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ListCaseViews(IReadOnlyCollection<Guid> CaseIds) : IQuery<IReadOnlyList<CaseView>>;

internal sealed class ListCaseViewsHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<ListCaseViews, IReadOnlyList<CaseView>>
{
    public async Task<IReadOnlyList<CaseView>> Handle(ListCaseViews request, CancellationToken cancellationToken)
    {
        var ids = request.CaseIds.ToArray();
        return await CaseQueries.ViewsAsync(db, mediator, c => ids.Contains(c.Id), cancellationToken);
    }
}
