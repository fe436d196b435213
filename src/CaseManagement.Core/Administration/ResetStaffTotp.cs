using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Administration;

/// <summary>An admin removes a staff member's authenticator and recovery codes (lost phone); they enrol again at
/// next sign-in. Recorded so the audit log shows who did it.</summary>
[Authorize(Roles.Admin)]
public sealed record ResetStaffTotp(Guid StaffId) : ICommand<Unit>, IAuditTarget
{
    public string AuditTarget => "staff:" + StaffId;
}

internal sealed class ResetStaffTotpHandler(CaseDbContext db) : IRequestHandler<ResetStaffTotp, Unit>
{
    public async Task<Unit> Handle(ResetStaffTotp request, CancellationToken cancellationToken)
    {
        await StaffAccessRules.EnsureExistsAsync(db, request.StaffId, cancellationToken);
        return Unit.Value;
    }
}
