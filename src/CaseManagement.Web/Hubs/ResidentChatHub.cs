using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Consultations;
using CaseManagement.Web.Security;
using MediatR;
using Microsoft.AspNetCore.SignalR;

namespace CaseManagement.Web.Hubs;

/// <summary>The resident's side of a consultation's live chat. Its address is under the consultation's own secret
/// link (/Resident/Consultation/{token}/hub), so the link alone decides which case a connection belongs to: the
/// client never names a case or a group, and the link's PIN grant cookie (scoped to that path) comes along. Server to client: "messageAdded", "read", "counselor" (present or not).</summary>
internal sealed class ResidentChatHub(IMediator mediator, ActorOverride actor, ChatPresence presence, IHubContext<StaffChatHub> staff) : Hub
{
    public const string Pattern = "/Resident/Consultation/{token}/hub";

    private static readonly TimeSpan TypingEvery = TimeSpan.FromSeconds(1);

    private Guid CaseId => Context.Items.TryGetValue(nameof(CaseId), out var id) && id is Guid g ? g : throw new HubException();

    private string Token => Context.Items[nameof(Token)] as string ?? throw new HubException();

    private string? Grant => Context.Items[nameof(Grant)] as string;

    public override async Task OnConnectedAsync()
    {
        actor.ActAs(Context);
        var http = Context.GetHttpContext();
        var token = TokenOf(http?.Request.Path ?? default);
        var grant = http is null ? null : ConsultationGrantCookie.Read(http.Request);
        CaseView @case;
        try
        {
            @case = await mediator.Send(new FindCaseByAccessToken(token ?? "", grant), Context.ConnectionAborted);
        }
        catch (UseCaseException)
        {
            Context.Abort();
            return;
        }

        Context.Items[nameof(CaseId)] = @case.Id;
        Context.Items[nameof(Token)] = token;
        Context.Items[nameof(Grant)] = grant;
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Case(@case.Id), Context.ConnectionAborted);
        if (presence.Enter(@case.Id, ChatSide.Resident, Context.ConnectionId))
        {
            await staff.Clients.Group(ChatGroups.Case(@case.Id)).SendAsync("presence", new { online = true });
        }

        await Clients.Caller.SendAsync("counselor", new { present = presence.IsOpen(@case.Id, ChatSide.Staff) });
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items.TryGetValue(nameof(CaseId), out var id) && id is Guid caseId
            && presence.Leave(caseId, ChatSide.Resident, Context.ConnectionId))
        {
            await staff.Clients.Group(ChatGroups.Case(caseId)).SendAsync("presence", new { online = false });
        }

        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>The resident is typing: the counselor sees it for a few seconds. At most one a second is passed on.</summary>
    public async Task Typing()
    {
        var now = DateTimeOffset.UtcNow;
        if (Context.Items.TryGetValue(nameof(Typing), out var last) && last is DateTimeOffset at && now - at < TypingEvery)
        {
            return;
        }

        Context.Items[nameof(Typing)] = now;
        await staff.Clients.Group(ChatGroups.Case(CaseId)).SendAsync("typing", new { side = "resident" });
    }

    /// <summary>The resident has seen the conversation up to this message; stored, then announced to staff.</summary>
    public Task<bool> MarkRead(Guid messageId)
    {
        actor.ActAs(Context);
        return HubActor.RefusedAsHubErrorAsync(() => mediator.Send(new MarkReadByResident(Token, messageId, Grant), Context.ConnectionAborted));
    }

    /// <summary>The secret link token in /Resident/Consultation/{token}/hub[/negotiate].</summary>
    internal static string? TokenOf(PathString path)
    {
        var parts = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts is ["Resident", "Consultation", var token, "hub", ..] ? token : null;
    }
}
