using CaseManagement.Core.Notifications;
using MediatR;
using Microsoft.AspNetCore.SignalR;

namespace CaseManagement.Web.Hubs;

/// <summary>Tells the browsers of the staff members and queues concerned that their notifications changed, after
/// commit; no content: the badge re-counts through the authorized page.</summary>
internal sealed class NotificationsHubForwarder(IHubContext<DeskHub> hub, ILogger<NotificationsHubForwarder> logger)
    : INotificationHandler<StaffNotificationsChanged>
{
    public async Task Handle(StaffNotificationsChanged notification, CancellationToken cancellationToken)
    {
        var groups = notification.StaffIds.Select(DeskHub.StaffGroup).Concat(notification.Queues.Select(DeskHub.Group)).ToList();
        try
        {
            await hub.Clients.Groups(groups).SendAsync("notificationsChanged", cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Committed already; a missed push only means the badge is right after the next page load.
            logger.LogWarning(e, "notification update for {Groups} not sent", string.Join(", ", groups));
        }
    }
}
