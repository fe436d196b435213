using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Administration;

/// <summary>An admin creates a staff member: the domain's record and categories. The web host creates the sign-in
/// account with the same id and these roles; the roles travel here to be checked and audited.</summary>
[Authorize(Common.Security.Roles.Admin)]
public sealed record RegisterStaffMember(Guid StaffId, string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> CategoryCodes)
    : ICommand<Guid>, IAuditTarget
{
    public string AuditTarget => "staff:" + StaffId;
}

internal sealed class RegisterStaffMemberHandler(CaseDbContext db, TimeProvider clock) : IRequestHandler<RegisterStaffMember, Guid>
{
    public async Task<Guid> Handle(RegisterStaffMember request, CancellationToken cancellationToken)
    {
        var categoryIds = await StaffAccessRules.CategoryIdsAsync(db, request.CategoryCodes, cancellationToken);
        var staff = new StaffMember { Id = request.StaffId, DisplayName = request.DisplayName.Trim(), CreatedAt = clock.GetUtcNow() };
        staff.WorkIn(categoryIds);
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync(cancellationToken);
        return staff.Id;
    }
}
