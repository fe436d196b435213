using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Records a staff member (same id as their sign-in account) and the categories they work.</summary>
[Authorize(Roles.Admin)]
public sealed record EnsureStaffMember(Guid StaffId, string DisplayName, IReadOnlyList<string> CategoryCodes) : ICommand<Guid>, IAuditTarget
{
    public string AuditTarget => "staff:" + StaffId;
}

internal sealed class EnsureStaffMemberHandler(CaseDbContext db, TimeProvider clock) : IRequestHandler<EnsureStaffMember, Guid>
{
    public async Task<Guid> Handle(EnsureStaffMember request, CancellationToken cancellationToken)
    {
        var staff = await db.StaffMembers.Include(s => s.Categories).SingleOrDefaultAsync(s => s.Id == request.StaffId, cancellationToken);
        if (staff is null)
        {
            staff = new StaffMember { Id = request.StaffId, DisplayName = request.DisplayName, CreatedAt = clock.GetUtcNow() };
            db.StaffMembers.Add(staff);
        }

        staff.DisplayName = request.DisplayName;
        var codes = request.CategoryCodes.ToArray();
        var categoryIds = await db.Categories.Where(c => codes.Contains(c.Code)).Select(c => c.Id).ToListAsync(cancellationToken);
        staff.WorkIn(categoryIds);

        await db.SaveChangesAsync(cancellationToken);
        return staff.Id;
    }
}
