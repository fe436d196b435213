using System.Text.Json;
using CaseManagement.Web.Cluster;
using Microsoft.AspNetCore.SignalR;

namespace CaseManagement.Web.Hubs;

/// <summary>Channel case_chat (a trigger NOTIFYs after every new message or read mark, only once it commits; the
/// node's <see cref="PostgresNotificationListener"/> hears it) to the case's group on this node: "messageAdded" with
/// the message id, "read" with the reader and message id. Every node listens, so a message written on one node reaches
/// browsers on all of them. Never case content: the browser fetches new messages through the authorized page.</summary>
internal sealed class ChatNotificationForwarder(
    IHubContext<ResidentChatHub> residents, IHubContext<StaffChatHub> staff, ILogger<ChatNotificationForwarder> logger) : INotifyChannelHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Channel => "case_chat";

    public async Task HandleAsync(string payload, CancellationToken ct)
    {
        ChatNotification? n;
        try
        {
            n = JsonSerializer.Deserialize<ChatNotification>(payload, Json);
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "Unreadable chat notification {Payload}", payload);
            return;
        }

        if (n is null)
        {
            return;
        }

        var group = ChatGroups.Case(n.CaseId);
        if (n.Kind == "message")
        {
            await residents.Clients.Group(group).SendAsync("messageAdded", new { messageId = n.MessageId }, ct);
            await staff.Clients.Group(group).SendAsync("messageAdded", new { messageId = n.MessageId, author = n.Author }, ct);
        }
        else if (n.Kind == "read")
        {
            var read = new { reader = n.Reader, messageId = n.MessageId };
            await residents.Clients.Group(group).SendAsync("read", read, ct);
            await staff.Clients.Group(group).SendAsync("read", read, ct);
        }
    }

    private sealed record ChatNotification(string Kind, Guid CaseId, Guid MessageId, string? Author, string? Reader);
}
