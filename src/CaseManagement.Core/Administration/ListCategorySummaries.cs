using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Every category, active or not, in display order, for the admin's list.</summary>
[Authorize(Roles.Admin)]
public sealed record ListCategorySummaries : IQuery<IReadOnlyList<CategorySummary>>;

internal sealed class ListCategorySummariesHandler(CaseDbContext db) : IRequestHandler<ListCategorySummaries, IReadOnlyList<CategorySummary>>
{
    public async Task<IReadOnlyList<CategorySummary>> Handle(ListCategorySummaries request, CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new CategorySummary(c.Code, c.NameJa, c.NameEn, c.WorkflowProcessId, c.SortOrder, c.IsActive, c.AllowAnonymous, c.ReceptionHours.Any()))
            .ToListAsync(cancellationToken);
}
