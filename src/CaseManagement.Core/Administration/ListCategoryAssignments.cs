using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Every category with its automatic assignment mode (none when never chosen) and its staff at their desk.</summary>
[Authorize(Roles.Admin)]
public sealed record ListCategoryAssignments : IQuery<IReadOnlyList<CategoryAssignmentView>>;

internal sealed class ListCategoryAssignmentsHandler(CaseDbContext db) : IRequestHandler<ListCategoryAssignments, IReadOnlyList<CategoryAssignmentView>>
{
    public async Task<IReadOnlyList<CategoryAssignmentView>> Handle(ListCategoryAssignments request, CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new CategoryAssignmentView(
                c.Code, c.NameJa, c.NameEn,
                db.CategoryAssignments.Where(a => a.CategoryId == c.Id).Select(a => a.Mode).FirstOrDefault() ?? AssignmentModes.None,
                db.StaffCategories.Count(sc => sc.CategoryId == c.Id && db.StaffDuty.Any(d => d.StaffId == sc.StaffId && d.OnDuty)),
                db.StaffCategories.Count(sc => sc.CategoryId == c.Id)))
            .ToListAsync(cancellationToken);
}
