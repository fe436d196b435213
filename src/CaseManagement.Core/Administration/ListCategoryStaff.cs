using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>The staff members of one category with their names: whom a supervisor may hand its tasks to.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ListCategoryStaff(string CategoryCode) : IQuery<IReadOnlyDictionary<Guid, string>>;

internal sealed class ListCategoryStaffHandler(CaseDbContext db) : IRequestHandler<ListCategoryStaff, IReadOnlyDictionary<Guid, string>>
{
    public async Task<IReadOnlyDictionary<Guid, string>> Handle(ListCategoryStaff request, CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking()
            .Where(c => c.Code == request.CategoryCode)
            .Join(db.StaffCategories, c => c.Id, sc => sc.CategoryId, (c, sc) => sc.StaffId)
            .Join(db.StaffMembers, id => id, s => s.Id, (id, s) => s)
            .ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
}
