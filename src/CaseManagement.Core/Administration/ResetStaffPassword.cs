using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Administration;

/// <summary>An admin gives a staff member a new password (the web host sets it in Identity); recorded so the audit log
/// shows who reset whose password.</summary>
[Authorize(Roles.Admin)]
public sealed record ResetStaffPassword(Guid StaffId) : ICommand<Unit>, IAuditTarget
{
    public string AuditTarget => "staff:" + StaffId;
}

internal sealed class ResetStaffPasswordHandler(CaseDbContext db) : IRequestHandler<ResetStaffPassword, Unit>
{
    public async Task<Unit> Handle(ResetStaffPassword request, CancellationToken cancellationToken)
    {
        await StaffAccessRules.EnsureExistsAsync(db, request.StaffId, cancellationToken);
        return Unit.Value;
    }
}
