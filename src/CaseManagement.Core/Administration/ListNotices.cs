using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Every notice, latest period first, for the admin's list.</summary>
[Authorize(Roles.Admin)]
public sealed record ListNotices : IQuery<IReadOnlyList<NoticeView>>;

internal sealed class ListNoticesHandler(CaseDbContext db) : IRequestHandler<ListNotices, IReadOnlyList<NoticeView>>
{
    public async Task<IReadOnlyList<NoticeView>> Handle(ListNotices request, CancellationToken cancellationToken) =>
        await db.Notices.AsNoTracking().OrderByDescending(n => n.StartsAt).ThenBy(n => n.Id).Select(NoticeView.From).ToListAsync(cancellationToken);
}
