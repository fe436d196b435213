using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>The cases that name one of these residents, for the auditor's search by person.</summary>
[Authorize(Roles.Auditor)]
public sealed record ListCaseIdsOfResidents(IReadOnlyCollection<Guid> ResidentIds) : IQuery<IReadOnlyList<Guid>>;

internal sealed class ListCaseIdsOfResidentsHandler(CaseDbContext db) : IRequestHandler<ListCaseIdsOfResidents, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(ListCaseIdsOfResidents request, CancellationToken cancellationToken)
    {
        var ids = request.ResidentIds.ToArray();
        return await db.Cases.AsNoTracking().Where(c => c.ResidentId != null && ids.Contains(c.ResidentId.Value)).Select(c => c.Id).ToListAsync(cancellationToken);
    }
}
