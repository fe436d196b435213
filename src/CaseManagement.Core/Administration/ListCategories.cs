using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>The categories a resident can consult in (with <c>IncludeInactive</c>, all of them), in display order.</summary>
[AllowAnyone]
public sealed record ListCategories(bool IncludeInactive = false) : IQuery<IReadOnlyList<CategoryView>>;

internal sealed class ListCategoriesHandler(CaseDbContext db) : IRequestHandler<ListCategories, IReadOnlyList<CategoryView>>
{
    public async Task<IReadOnlyList<CategoryView>> Handle(ListCategories request, CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking().Where(c => request.IncludeInactive || c.IsActive).OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(CategoryView.From).ToListAsync(cancellationToken);
}
