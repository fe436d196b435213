using CaseManagement.Core.Notifications;
using CaseManagement.Web.Cluster;
using MediatR;
using Npgsql;

namespace CaseManagement.Web.Hubs;

/// <summary>Tells the browsers of the staff members and queues concerned, on every node (<see cref="HubFanOut"/>), that
/// their notifications changed, after commit; no content: the badge re-counts through the authorized page.</summary>
internal sealed class NotificationsHubForwarder(HubFanOut fanOut, ILogger<NotificationsHubForwarder> logger)
    : INotificationHandler<StaffNotificationsChanged>
{
    public async Task Handle(StaffNotificationsChanged notification, CancellationToken cancellationToken)
    {
        var groups = notification.StaffIds.Select(DeskHub.StaffGroup).Concat(notification.Queues.Select(DeskHub.Group)).ToList();
        try
        {
            await fanOut.SendAsync<DeskHub>(groups, "notificationsChanged", null, cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // Committed already; a missed push only means the badge is right after the next page load.
            logger.LogWarning(e, "notification update for {Groups} not sent", string.Join(", ", groups));
        }
    }
}
