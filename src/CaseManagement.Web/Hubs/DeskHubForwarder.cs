using CaseManagement.Core.Tasks;
using CaseManagement.Web.Cluster;
using MediatR;
using Npgsql;

namespace CaseManagement.Web.Hubs;

/// <summary>Forwards a committed task change to the queue's group on every node (through <see cref="HubFanOut"/>,
/// ADR 0019). Only what changed, never case content: the browser re-fetches its rows through the authorized page.</summary>
internal sealed class DeskHubForwarder(HubFanOut fanOut, ILogger<DeskHubForwarder> logger) : INotificationHandler<DeskTaskChanged>
{
    public async Task Handle(DeskTaskChanged notification, CancellationToken cancellationToken)
    {
        try
        {
            await fanOut.SendAsync<DeskHub>([DeskHub.Group(notification.Queue)], "deskChanged",
                new { queue = notification.Queue, change = notification.Change.ToString().ToLowerInvariant() }, cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // The change is committed; a missed push only means a reload shows it.
            logger.LogWarning(e, "desk update for {Queue} not sent", notification.Queue);
        }
    }
}
