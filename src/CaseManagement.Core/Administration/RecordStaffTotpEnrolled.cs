using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Administration;

/// <summary>A staff member confirmed their authenticator (TOTP) in Identity; recorded for the audit log. Only for
/// oneself.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor, Roles.Admin, Roles.Auditor)]
public sealed record RecordStaffTotpEnrolled(Guid StaffId) : ICommand<Unit>, IAuditTarget
{
    public string AuditTarget => "staff:" + StaffId;
}

internal sealed class RecordStaffTotpEnrolledHandler(CaseDbContext db, ICurrentActor actor) : IRequestHandler<RecordStaffTotpEnrolled, Unit>
{
    public async Task<Unit> Handle(RecordStaffTotpEnrolled request, CancellationToken cancellationToken)
    {
        await StaffAccessRules.EnsureSelfAsync(db, actor, request.StaffId, cancellationToken);
        return Unit.Value;
    }
}
