using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Tasks;
using CaseManagement.Web.Security;
using CaseManagement.Web.Setup;
using MediatR;
using Microsoft.AspNetCore.SignalR;

namespace CaseManagement.Web.Hubs;

/// <summary>Live desk queues: a connection joins the group of every queue its staff member may see, as Core
/// decides (ListMyDeskQueues), and its staff member's own group; the client never names a group. Server to client only:
/// "deskChanged", "notificationsChanged".</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = WebServices.DeskPolicy)]
public sealed class DeskHub(IMediator mediator, ActorOverride actor) : Hub
{
    public const string Path = "/hubs/desk";

    public static string Group(string queue) => "queue:" + queue;

    /// <summary>One staff member's own connections (their notifications).</summary>
    public static string StaffGroup(Guid staffId) => "staff:" + staffId;

    public override async Task OnConnectedAsync()
    {
        actor.Actor = new HttpCurrentActor(new HttpContextAccessor { HttpContext = Context.GetHttpContext() });
        if (actor.Actor.StaffId is { } me)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, StaffGroup(me), Context.ConnectionAborted);
        }

        foreach (var queue in await mediator.Send(new ListMyDeskQueues(), Context.ConnectionAborted))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, Group(queue.Queue), Context.ConnectionAborted);
        }

        await base.OnConnectedAsync();
    }
}
