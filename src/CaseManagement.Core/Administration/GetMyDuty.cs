using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Whether the signed-in counselor is at their desk (在席); away until they say otherwise.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record GetMyDuty : IQuery<bool>;

internal sealed class GetMyDutyHandler(CaseDbContext db, ICurrentActor actor) : IRequestHandler<GetMyDuty, bool>
{
    public async Task<bool> Handle(GetMyDuty request, CancellationToken cancellationToken) =>
        await db.StaffDuty.AsNoTracking().AnyAsync(d => d.StaffId == actor.StaffId && d.OnDuty, cancellationToken);
}
