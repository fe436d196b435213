using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>An admin disables a staff member (who then cannot sign in, loses their sessions and leaves their desk, so
/// that no new task is given to them) or enables them again. The web host switches the sign-in account once this has passed.</summary>
[Authorize(Roles.Admin)]
public sealed record SetStaffEnabled(Guid StaffId, bool Enabled, StaffAdminFacts Admins) : ICommand<Unit>, IAuditTarget
{
    public string AuditTarget => "staff:" + StaffId;
}

internal sealed class SetStaffEnabledHandler(CaseDbContext db, TimeProvider clock) : IRequestHandler<SetStaffEnabled, Unit>
{
    public async Task<Unit> Handle(SetStaffEnabled request, CancellationToken cancellationToken)
    {
        var staff = await db.StaffMembers.SingleOrDefaultAsync(s => s.Id == request.StaffId, cancellationToken)
            ?? throw new NotFoundException(Messages.Get("StaffNotFound"));
        staff.DisabledAt = request.Enabled ? null : staff.DisabledAt ?? clock.GetUtcNow();
        // Someone switched off is no longer at a desk: automatic assignment passes them by (enabling does not put them back).
        if (!request.Enabled && await db.StaffDuty.SingleOrDefaultAsync(d => d.StaffId == request.StaffId, cancellationToken) is { OnDuty: true } duty)
        {
            (duty.OnDuty, duty.ChangedAt) = (false, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
