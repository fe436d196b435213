using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>The categories whose queues the signed-in staff member works.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record GetMyCategories : IQuery<IReadOnlyList<CategoryView>>;

internal sealed class GetMyCategoriesHandler(CaseDbContext db, ICurrentActor actor) : IRequestHandler<GetMyCategories, IReadOnlyList<CategoryView>>
{
    public async Task<IReadOnlyList<CategoryView>> Handle(GetMyCategories request, CancellationToken cancellationToken) =>
        await db.StaffCategories.AsNoTracking()
            .Where(sc => sc.StaffId == actor.StaffId)
            .Join(db.Categories, sc => sc.CategoryId, c => c.Id, (sc, c) => c)
            .OrderBy(c => c.SortOrder)
            .Select(CategoryView.From)
            .ToListAsync(cancellationToken);
}
