using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Notifications;

/// <summary>The staff member marks one notification (<paramref name="NotificationId"/>) or, without one, all of
/// theirs as read. Marking again changes nothing.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record MarkNotificationsRead(Guid? NotificationId = null) : ICommand<int>, IAuditTarget
{
    public string AuditTarget => NotificationId is { } id ? "notification:" + id : "notifications:all";
}

internal sealed class MarkNotificationsReadHandler(CaseDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider clock, AfterCommit afterCommit)
    : IRequestHandler<MarkNotificationsRead, int>
{
    public async Task<int> Handle(MarkNotificationsRead request, CancellationToken cancellationToken)
    {
        var me = actor.StaffId ?? throw new ForbiddenException(Messages.Get("Forbidden"));
        var visible = await MyNotifications.VisibleAsync(db, mediator, actor, cancellationToken);
        if (request.NotificationId is { } id && !await visible.AnyAsync(n => n.Id == id, cancellationToken))
        {
            throw new NotFoundException(Messages.Get("NotificationNotFound"));
        }

        var unread = await MyNotifications.Unread(db, visible, me)
            .Where(n => request.NotificationId == null || n.Id == request.NotificationId)
            .Select(n => n.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        db.StaffNotificationReads.AddRange(unread.Select(n => new StaffNotificationRead { NotificationId = n, StaffId = me, ReadAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        if (unread.Count > 0)
        {
            afterCommit.Publish(new StaffNotificationsChanged([me], []));
        }

        return unread.Count;
    }
}
