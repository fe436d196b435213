using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Notifications;

/// <summary>The escalations and reminders of a case, oldest first, each once however many people were told.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ListCaseNotices(Guid CaseId) : IQuery<IReadOnlyList<CaseNoticeView>>;

internal sealed class ListCaseNoticesHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<ListCaseNotices, IReadOnlyList<CaseNoticeView>>
{
    public async Task<IReadOnlyList<CaseNoticeView>> Handle(ListCaseNotices request, CancellationToken cancellationToken)
    {
        // GetCase refuses staff of other categories.
        await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        var rows = await db.StaffNotifications.AsNoTracking().Where(n => n.CaseId == request.CaseId)
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
            .Select(n => new { n.SourceKey, n.Template, n.Arguments, n.CreatedAt })
            .ToListAsync(cancellationToken);
        return rows.DistinctBy(n => n.SourceKey).Select(n => new CaseNoticeView(n.Template, NotificationText.Render(n.Template, n.Arguments), n.CreatedAt)).ToList();
    }
}
