using CaseManagement.Core.Tasks;
using MediatR;
using Microsoft.AspNetCore.SignalR;

namespace CaseManagement.Web.Hubs;

/// <summary>Forwards a committed task change to the queue's group on this node. Only what changed, never case
/// content: the browser re-fetches its rows through the authorized page.</summary>
internal sealed class DeskHubForwarder(IHubContext<DeskHub> hub, ILogger<DeskHubForwarder> logger) : INotificationHandler<DeskTaskChanged>
{
    public async Task Handle(DeskTaskChanged notification, CancellationToken cancellationToken)
    {
        try
        {
            await hub.Clients.Group(DeskHub.Group(notification.Queue))
                .SendAsync("deskChanged", new { queue = notification.Queue, change = notification.Change.ToString().ToLowerInvariant() }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The change is committed; a missed push only means a reload shows it.
            logger.LogWarning(e, "desk update for {Queue} not sent", notification.Queue);
        }
    }
}
