using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
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
        if (actor.StaffId != request.StaffId)
        {
            throw new ForbiddenException(Messages.Get("Forbidden"));
        }

        await StaffAccessRules.EnsureExistsAsync(db, request.StaffId, cancellationToken);
        return Unit.Value;
    }
}
