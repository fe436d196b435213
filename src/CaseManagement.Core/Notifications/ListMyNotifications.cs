using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Notifications;

/// <summary>The staff member's latest notifications, newest first.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ListMyNotifications(int Take = 50) : IQuery<IReadOnlyList<NotificationView>>;

internal sealed class ListMyNotificationsHandler(CaseDbContext db, IMediator mediator, ICurrentActor actor)
    : IRequestHandler<ListMyNotifications, IReadOnlyList<NotificationView>>
{
    public async Task<IReadOnlyList<NotificationView>> Handle(ListMyNotifications request, CancellationToken cancellationToken)
    {
        var me = actor.StaffId ?? Guid.Empty;
        var visible = await MyNotifications.VisibleAsync(db, mediator, actor, cancellationToken);
        var rows = await visible.AsNoTracking()
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(Math.Clamp(request.Take, 1, 200))
            .Select(n => new { n, Read = db.StaffNotificationReads.Any(r => r.NotificationId == n.Id && r.StaffId == me) })
            .ToListAsync(cancellationToken);
        return rows.Select(x => new NotificationView(x.n.Id, x.n.Template, NotificationText.Render(x.n.Template, x.n.Arguments),
            x.n.CaseId, x.n.TaskId, x.n.CreatedAt, x.Read)).ToList();
    }
}
