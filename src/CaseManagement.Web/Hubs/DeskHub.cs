using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Tasks;
using CaseManagement.Web.Security;
using CaseManagement.Web.Setup;
using MediatR;
using Microsoft.AspNetCore.SignalR;

namespace CaseManagement.Web.Hubs;

/// <summary>Live desk queues: a connection joins the group of every queue its staff member may see, as Core
/// decides (ListMyDeskQueues); the client never names a queue. Server to client only: "deskChanged".</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = WebServices.DeskPolicy)]
public sealed class DeskHub(IMediator mediator, ActorOverride actor) : Hub
{
    public const string Path = "/hubs/desk";

    public static string Group(string queue) => "queue:" + queue;

    public override async Task OnConnectedAsync()
    {
        actor.Actor = new HttpCurrentActor(new HttpContextAccessor { HttpContext = Context.GetHttpContext() });
        foreach (var queue in await mediator.Send(new ListMyDeskQueues(), Context.ConnectionAborted))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, Group(queue.Queue), Context.ConnectionAborted);
        }

        await base.OnConnectedAsync();
    }
}
