using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Display names of staff members, for showing who holds a task.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor, Roles.Admin, Roles.Auditor)]
public sealed record GetStaffNames(IReadOnlyCollection<Guid> StaffIds) : IQuery<IReadOnlyDictionary<Guid, string>>;

internal sealed class GetStaffNamesHandler(CaseDbContext db) : IRequestHandler<GetStaffNames, IReadOnlyDictionary<Guid, string>>
{
    public async Task<IReadOnlyDictionary<Guid, string>> Handle(GetStaffNames request, CancellationToken cancellationToken)
    {
        var ids = request.StaffIds.ToArray();
        return await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
    }
}
