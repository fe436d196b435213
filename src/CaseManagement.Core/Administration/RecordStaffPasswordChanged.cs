using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Administration;

/// <summary>A staff member replaced the password an admin set with their own, in Identity; recorded for the audit log. Only for
/// oneself.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor, Roles.Admin, Roles.Auditor)]
public sealed record RecordStaffPasswordChanged(Guid StaffId) : ICommand<Unit>, IAuditTarget
{
    public string AuditTarget => "staff:" + StaffId;
}

internal sealed class RecordStaffPasswordChangedHandler(CaseDbContext db, ICurrentActor actor) : IRequestHandler<RecordStaffPasswordChanged, Unit>
{
    public async Task<Unit> Handle(RecordStaffPasswordChanged request, CancellationToken cancellationToken)
    {
        await StaffAccessRules.EnsureSelfAsync(db, actor, request.StaffId, cancellationToken);
        return Unit.Value;
    }
}
