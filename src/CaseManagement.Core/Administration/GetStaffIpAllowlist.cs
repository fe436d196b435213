using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>The staff IP allowlist as CIDR strings (empty: every address may reach the staff areas).</summary>
[Authorize(Roles.Admin)]
public sealed record GetStaffIpAllowlist : IQuery<IReadOnlyList<string>>;

internal sealed class GetStaffIpAllowlistHandler(CaseDbContext db) : IRequestHandler<GetStaffIpAllowlist, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(GetStaffIpAllowlist request, CancellationToken cancellationToken) =>
        await db.StaffIpRanges.AsNoTracking().OrderBy(r => r.Cidr).Select(r => r.Cidr).ToListAsync(cancellationToken);
}
