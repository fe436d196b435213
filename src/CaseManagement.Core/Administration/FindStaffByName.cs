using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Staff whose display name contains the text, for the auditor's search by actor.</summary>
[Authorize(Roles.Auditor)]
public sealed record FindStaffByName(string Name) : IQuery<IReadOnlyList<Guid>>;

internal sealed class FindStaffByNameHandler(CaseDbContext db) : IRequestHandler<FindStaffByName, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(FindStaffByName request, CancellationToken cancellationToken)
    {
        var name = request.Name.Trim();
        return await db.StaffMembers.AsNoTracking().Where(s => s.DisplayName.Contains(name)).Select(s => s.Id).Take(100).ToListAsync(cancellationToken);
    }
}
