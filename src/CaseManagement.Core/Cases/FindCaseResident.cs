using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>The resident a case belongs to, if one signed in to open it (to tell them a reply is waiting).</summary>
[Authorize(Roles.Counselor, Roles.Supervisor, Roles.System)]
public sealed record FindCaseResident(Guid CaseId) : IQuery<Guid?>;

internal sealed class FindCaseResidentHandler(CaseDbContext db) : IRequestHandler<FindCaseResident, Guid?>
{
    public Task<Guid?> Handle(FindCaseResident request, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().Where(c => c.Id == request.CaseId).Select(c => c.ResidentId).SingleOrDefaultAsync(cancellationToken);
}
