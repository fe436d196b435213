using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Consultations;
using CaseManagement.Web.Setup;
using MediatR;
using Microsoft.AspNetCore.SignalR;

namespace CaseManagement.Web.Hubs;

/// <summary>The desk's side of the live chat. A connection joins a case's group only after Core has agreed that its
/// staff member may see the case (GetCase: role and category). Server to client: "messageAdded", "read",
/// "presence" (the resident has the chat open or not), "typing".</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = WebServices.DeskPolicy)]
internal sealed class StaffChatHub(IMediator mediator, ActorOverride actor, ChatPresence presence, IHubContext<ResidentChatHub> residents) : Hub
{
    public const string Path = "/hubs/chat";

    private HashSet<Guid> Joined => Context.Items.TryGetValue(nameof(Joined), out var set) && set is HashSet<Guid> s
        ? s : (HashSet<Guid>)(Context.Items[nameof(Joined)] = new HashSet<Guid>());

    /// <summary>Joins the case's chat; answers whether the resident has it open right now.</summary>
    public async Task<JoinedChat> JoinCase(Guid caseId)
    {
        actor.ActAs(Context);
        var @case = await HubActor.RefusedAsHubErrorAsync(() => mediator.Send(new GetCase(caseId), Context.ConnectionAborted));
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Case(@case.Id), Context.ConnectionAborted);
        if (Joined.Add(@case.Id) && presence.Enter(@case.Id, ChatSide.Staff, Context.ConnectionId))
        {
            await residents.Clients.Group(ChatGroups.Case(@case.Id)).SendAsync("counselor", new { present = true });
        }

        return new JoinedChat(presence.IsOpen(@case.Id, ChatSide.Resident));
    }

    /// <summary>Staff have seen the conversation up to this message; stored, then announced to the resident.</summary>
    public Task<bool> MarkRead(Guid caseId, Guid messageId)
    {
        actor.ActAs(Context);
        return HubActor.RefusedAsHubErrorAsync(() => mediator.Send(new MarkReadByStaff(caseId, messageId), Context.ConnectionAborted));
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var caseId in Joined)
        {
            if (presence.Leave(caseId, ChatSide.Staff, Context.ConnectionId))
            {
                await residents.Clients.Group(ChatGroups.Case(caseId)).SendAsync("counselor", new { present = false });
            }
        }

        await base.OnDisconnectedAsync(exception);
    }
}

/// <summary>The answer to joining a case's chat.</summary>
public sealed record JoinedChat(bool ResidentOnline);
