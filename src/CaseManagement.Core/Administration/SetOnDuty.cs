using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>A counselor says they are at their desk (在席) or away (離席); only those at their desk are given new
/// consultations automatically. Only counselors: supervisors are never picked.</summary>
[Authorize(Roles.Counselor)]
public sealed record SetOnDuty(bool OnDuty) : ICommand<bool>, IAuditTarget
{
    public string AuditTarget => OnDuty ? "duty:on" : "duty:off";
}

internal sealed class SetOnDutyHandler(CaseDbContext db, ICurrentActor actor, TimeProvider clock) : IRequestHandler<SetOnDuty, bool>
{
    public async Task<bool> Handle(SetOnDuty request, CancellationToken cancellationToken)
    {
        var me = actor.StaffId!.Value;
        var duty = await db.StaffDuty.SingleOrDefaultAsync(d => d.StaffId == me, cancellationToken);
        if (duty is null)
        {
            duty = new StaffDuty { StaffId = me };
            db.StaffDuty.Add(duty);
        }

        duty.OnDuty = request.OnDuty;
        duty.ChangedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return request.OnDuty;
    }
}
