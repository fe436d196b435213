using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>An admin changes a staff member's name, roles and categories. The web host changes the roles in Identity
/// once this has passed; <paramref name="Admins"/> feeds the guard that keeps at least one admin, and the admin
/// themself, in the Admin role.</summary>
[Authorize(Common.Security.Roles.Admin)]
public sealed record ChangeStaffAccess(Guid StaffId, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> CategoryCodes, StaffAdminFacts Admins)
    : ICommand<Unit>, IAuditTarget
{
    public string AuditTarget => "staff:" + StaffId;
}

internal sealed class ChangeStaffAccessHandler(CaseDbContext db) : IRequestHandler<ChangeStaffAccess, Unit>
{
    public async Task<Unit> Handle(ChangeStaffAccess request, CancellationToken cancellationToken)
    {
        var staff = await db.StaffMembers.Include(s => s.Categories).SingleOrDefaultAsync(s => s.Id == request.StaffId, cancellationToken)
            ?? throw new NotFoundException(Messages.Get("StaffNotFound"));
        staff.DisplayName = request.DisplayName.Trim();
        staff.WorkIn(await StaffAccessRules.CategoryIdsAsync(db, request.CategoryCodes, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
