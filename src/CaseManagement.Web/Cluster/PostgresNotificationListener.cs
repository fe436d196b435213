using Npgsql;

namespace CaseManagement.Web.Cluster;

/// <summary>One listening connection per node for every NOTIFY channel a handler is registered for (case_chat from
/// migration 0024's triggers, hub_fanout from <see cref="HubFanOut"/>). PostgreSQL delivers a NOTIFY only once its
/// transaction commits, to every listening node, so whatever happens on one node reaches the browsers of all of them.
/// A lost connection (database restart, failover) is reopened; pushes sent meanwhile are lost, and browsers catch up
/// by their fallbacks or the next reload (ADR 0008, 0015, 0019).</summary>
internal sealed class PostgresNotificationListener(
    NpgsqlDataSource dataSource, IEnumerable<INotifyChannelHandler> handlers, ILogger<PostgresNotificationListener> logger) : BackgroundService
{
    /// <summary>The listening connection's application_name, for operators (pg_stat_activity) and tests.</summary>
    public const string ApplicationName = "cm_notify_listener";

    private readonly Dictionary<string, INotifyChannelHandler[]> byChannel =
        handlers.GroupBy(h => h.Channel, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

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
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException or System.IO.IOException)
            {
                // Browsers fall back to polling or a reload meanwhile; listening resumes with the next connection.
                logger.LogWarning(e, "Listening for notifications failed; reconnecting");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var received = new Queue<(string Channel, string Payload)>();
        connection.Notification += (_, e) => received.Enqueue((e.Channel, e.Payload));
        // Channel names are ours (constants), never input. The name is set last: once it shows, the node listens.
        var listen = string.Concat(byChannel.Keys.Select(c => "LISTEN " + c + "; ")) + "SET application_name = '" + ApplicationName + "'";
#pragma warning disable CA2100 // constants only, see above
        await using (var cmd = new NpgsqlCommand(listen, connection))
#pragma warning restore CA2100
        {
            await cmd.ExecuteNonQueryAsync(ct);
        }

        logger.LogInformation("Listening on {Channels}", string.Join(", ", byChannel.Keys));
        while (!ct.IsCancellationRequested)
        {
            if (!await connection.WaitAsync(TimeSpan.FromSeconds(30), ct))
            {
                // Quiet for a while: make sure the connection is still alive rather than silently half-open.
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteScalarAsync(ct);
            }

            while (received.TryDequeue(out var n))
            {
                foreach (var handler in byChannel.GetValueOrDefault(n.Channel, []))
                {
                    try
                    {
                        await handler.HandleAsync(n.Payload, ct);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // Committed already; a missed push only means the page shows it on its next fetch or reload.
                        logger.LogWarning(e, "Notification on {Channel} not forwarded: {Payload}", n.Channel, n.Payload);
                    }
                }
            }
        }
    }
}
