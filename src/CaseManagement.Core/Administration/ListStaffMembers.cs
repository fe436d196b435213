using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Every staff member with their categories, by name: the admin's staff list.</summary>
[Authorize(Roles.Admin)]
public sealed record ListStaffMembers : IQuery<IReadOnlyList<StaffMemberView>>;

internal sealed class ListStaffMembersHandler(CaseDbContext db) : IRequestHandler<ListStaffMembers, IReadOnlyList<StaffMemberView>>
{
    public async Task<IReadOnlyList<StaffMemberView>> Handle(ListStaffMembers request, CancellationToken cancellationToken)
    {
        var staff = await db.StaffMembers.AsNoTracking().OrderBy(s => s.DisplayName)
            .Select(s => new { s.Id, s.DisplayName, s.DisabledAt, Categories = s.Categories.Select(c => c.CategoryId).ToList() })
            .ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new { c.Id, c.Code, c.NameJa }).ToListAsync(cancellationToken);
        return staff.Select(s =>
        {
            var mine = categories.Where(c => s.Categories.Contains(c.Id)).ToList();
            return new StaffMemberView(s.Id, s.DisplayName, s.DisabledAt, mine.Select(c => c.Code).ToList(), mine.Select(c => c.NameJa).ToList());
        }).ToList();
    }
}
