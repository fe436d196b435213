using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>The maintenance window in force now, or null: while one is, residents can read but not write.</summary>
[AllowAnyone]
public sealed record GetMaintenance : IQuery<NoticeView?>;

internal sealed class GetMaintenanceHandler(CaseDbContext db, TimeProvider clock) : IRequestHandler<GetMaintenance, NoticeView?>
{
    public async Task<NoticeView?> Handle(GetMaintenance request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.Notices.AsNoTracking().Where(n => n.Kind == NoticeKind.Maintenance && n.StartsAt <= now && now < n.EndsAt)
            .OrderBy(n => n.EndsAt).Select(NoticeView.From).FirstOrDefaultAsync(cancellationToken);
    }
}
