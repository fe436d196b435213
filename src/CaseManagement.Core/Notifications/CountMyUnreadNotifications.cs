using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Notifications;

/// <summary>How many of the staff member's notifications are unread (the header badge).</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record CountMyUnreadNotifications : IQuery<int>;

internal sealed class CountMyUnreadNotificationsHandler(CaseDbContext db, IMediator mediator, ICurrentActor actor)
    : IRequestHandler<CountMyUnreadNotifications, int>
{
    public async Task<int> Handle(CountMyUnreadNotifications request, CancellationToken cancellationToken)
    {
        var visible = await MyNotifications.VisibleAsync(db, mediator, actor, cancellationToken);
        return await MyNotifications.Unread(db, visible, actor.StaffId ?? Guid.Empty).CountAsync(cancellationToken);
    }
}
