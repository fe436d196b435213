using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>An admin replaces the staff IP allowlist. A list that leaves out the admin's own address is refused
/// unless <paramref name="ConfirmExcludingMyself"/> says they mean it (they cut off their own session).</summary>
[Authorize(Roles.Admin)]
public sealed record SetStaffIpAllowlist(IReadOnlyList<string> Ranges, bool ConfirmExcludingMyself = false) : ICommand<bool>, IAuditTarget
{
    public string AuditTarget => "staff-ip-allowlist";
}

internal sealed class SetStaffIpAllowlistHandler(CaseDbContext db, TimeProvider clock) : IRequestHandler<SetStaffIpAllowlist, bool>
{
    public async Task<bool> Handle(SetStaffIpAllowlist request, CancellationToken cancellationToken)
    {
        var wanted = request.Ranges.Where(r => !string.IsNullOrWhiteSpace(r))
            .Select(r => StaffIpRanges.TryParse(r, out var n) ? n.ToString() : throw new InvalidOperationException("validated: " + r))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var current = await db.StaffIpRanges.ToListAsync(cancellationToken);
        db.StaffIpRanges.RemoveRange(current.Where(r => !wanted.Contains(r.Cidr)));
        var now = clock.GetUtcNow();
        db.StaffIpRanges.AddRange(wanted.Where(w => current.All(r => r.Cidr != w)).Select(w => new StaffIpRange { Cidr = w, CreatedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
