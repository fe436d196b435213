using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>The notices in their period now, maintenance first, for the resident top page.</summary>
[AllowAnyone]
public sealed record ListCurrentNotices : IQuery<IReadOnlyList<NoticeView>>;

internal sealed class ListCurrentNoticesHandler(CaseDbContext db, TimeProvider clock) : IRequestHandler<ListCurrentNotices, IReadOnlyList<NoticeView>>
{
    public async Task<IReadOnlyList<NoticeView>> Handle(ListCurrentNotices request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.Notices.AsNoTracking().Where(n => n.StartsAt <= now && now < n.EndsAt)
            .OrderByDescending(n => n.Kind == NoticeKind.Maintenance).ThenByDescending(n => n.StartsAt)
            .Select(NoticeView.From).ToListAsync(cancellationToken);
    }
}
