using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Npgsql;

namespace CaseManagement.Web.Hubs;

/// <summary>Listens on PostgreSQL channel case_chat (a trigger NOTIFYs after every new message or read mark, only
/// once it commits) and tells the case's group on this node: "messageAdded" with the message id, "read" with the
/// reader and message id. Every node listens, so a message written on one node reaches browsers on all of them.
/// Never case content: the browser fetches new messages through the authorized page.</summary>
internal sealed class ChatNotificationListener(
    NpgsqlDataSource dataSource, IHubContext<ResidentChatHub> residents, IHubContext<StaffChatHub> staff,
    ILogger<ChatNotificationListener> logger) : BackgroundService
{
    public const string Channel = "case_chat";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                // Browsers fall back to polling meanwhile; listening resumes with the next connection.
                logger.LogWarning(e, "Listening for chat notifications failed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var received = new Queue<string>();
        connection.Notification += (_, e) => received.Enqueue(e.Payload);
        await using (var listen = new NpgsqlCommand("LISTEN " + Channel, connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        while (!ct.IsCancellationRequested)
        {
            if (!await connection.WaitAsync(TimeSpan.FromSeconds(30), ct))
            {
                // Quiet for a while: make sure the connection is still alive rather than silently half-open.
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteScalarAsync(ct);
            }

            while (received.TryDequeue(out var payload))
            {
                await ForwardAsync(payload, ct);
            }
        }
    }

    private async Task ForwardAsync(string payload, CancellationToken ct)
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
        try
        {
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
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Committed already; a missed push only means the page shows it on its next fetch or reload.
            logger.LogWarning(e, "Chat update for case {CaseId} not sent", n.CaseId);
        }
    }

    private sealed record ChatNotification(string Kind, Guid CaseId, Guid MessageId, string? Author, string? Reader);
}
