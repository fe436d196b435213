using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace CaseManagement.Core.Audit;

/// <summary>Creates audit_log's monthly partitions three months ahead, at start and then daily (every node may; the
/// database function serialises them). It never drops one: audit rows are kept at least five years (ADR 0016).</summary>
public sealed class AuditPartitionMaintenance(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<AuditPartitionMaintenance> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>Ensures the partitions from this month to three months ahead; returns how many were created.</summary>
    public async Task<int> EnsureAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        await using var cmd = dataSource.CreateCommand("SELECT audit_log_ensure_partitions($1, $2)");
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = now });
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = now.AddMonths(3) });
        var created = (int)(await cmd.ExecuteScalarAsync(ct))!;
        if (created > 0)
        {
            logger.LogInformation("Created {Count} audit_log partition(s) ahead", created);
        }

        return created;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await EnsureAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not fatal: a month without its partition lands in audit_log_default and moves later.
                logger.LogError(e, "Could not create audit_log partitions ahead");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
