using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CaseManagement.Workflows.Hosting;

/// <summary>Listens on <see cref="Channel"/> (a NOTIFY per new row of wf_definitions, migration 0039) and makes
/// <see cref="LatestDefinitions"/> forget that process. While it is not connected, starts read the latest version from
/// the database every time (ADR 0024).</summary>
public sealed class DefinitionChangeListener(NpgsqlDataSource dataSource, LatestDefinitions latest, ILogger<DefinitionChangeListener> logger)
    : BackgroundService
{
    public const string Channel = "wf_definitions";

    /// <summary>The listening connection's application_name, for operators (pg_stat_activity) and tests.</summary>
    public const string ApplicationName = "cm_definition_listener";

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
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException or IOException)
            {
                logger.LogWarning(e, "Listening for new workflow versions failed; reading them from the database until reconnected");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
            finally
            {
                latest.SetListening(false);
            }
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        connection.Notification += (_, e) => latest.Forget(e.Payload);
        await using (var listen = new NpgsqlCommand("LISTEN " + Channel + "; SET application_name = '" + ApplicationName + "'", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }

        // From here on every publish that commits reaches this connection: remembering is safe.
        latest.SetListening(true);
        while (!ct.IsCancellationRequested)
        {
            if (!await connection.WaitAsync(TimeSpan.FromSeconds(30), ct))
            {
                // Quiet for a while: make sure the connection is still alive rather than silently half-open.
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteNonQueryAsync(ct);
            }
        }
    }
}
