using System.Net;
using CaseManagement.Core.Common.Database;
using Npgsql;

namespace CaseManagement.Core.Operations;

/// <summary>Read-only SQL over the tables no EF module owns (Quartz's scheduler state, the outbox, the migration
/// journal, backup_runs), shared by the readiness checks and the Admin status page. Counts and ages only.</summary>
public sealed class OperationsProbe(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public async Task<OutboxBacklog> OutboxBacklogAsync(CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand("SELECT count(*), min(created_at) FROM wf_outbox WHERE delivered_at IS NULL");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var oldest = reader.IsDBNull(1) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(1);
        return new OutboxBacklog(reader.GetInt64(0), oldest is { } o ? Max(clock.GetUtcNow() - o) : null);
    }

    /// <summary>Migrations shipped with this build that the database's journal does not list.</summary>
    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken ct)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var cmd = dataSource.CreateCommand("SELECT file_name FROM schema_migrations"))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                applied.Add(reader.GetString(0));
            }
        }

        return SqlMigration.Embedded().Select(m => m.FileName).Where(f => !applied.Contains(f)).ToList();
    }

    /// <summary>Every node of the clustered scheduler; Quartz stores the check-in in UTC ticks and the interval in
    /// milliseconds. A node that has missed two check-ins is shown as not responding.</summary>
    public async Task<IReadOnlyList<NodeStatus>> NodesAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var nodes = new List<NodeStatus>();
        await using var cmd = dataSource.CreateCommand(
            "SELECT instance_name, last_checkin_time, checkin_interval FROM qrtz_scheduler_state ORDER BY instance_name");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var checkin = new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero);
            var interval = TimeSpan.FromMilliseconds(reader.GetInt64(2));
            nodes.Add(new NodeStatus(reader.GetString(0), checkin, interval, now - checkin <= 2 * interval + TimeSpan.FromSeconds(5)));
        }

        return nodes;
    }

    public async Task<PendingTimers> PendingTimersAsync(CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand("SELECT count(*), min(due_at) FROM wf_timers WHERE status = 'pending'");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new PendingTimers(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1));
    }

    /// <summary>The database's data directory needs a role allowed to read it (superuser or pg_read_all_settings) and
    /// the database on this machine; otherwise the app's working directory is measured, and the view says so.</summary>
    public async Task<DiskStatus> DiskAsync(CancellationToken ct)
    {
        var path = await DataDirectoryAsync(ct);
        var ofDatabase = path is not null && IsLocal(dataSource.ConnectionString) && Directory.Exists(path);
        var measured = ofDatabase ? path! : Environment.CurrentDirectory;
        var drive = new DriveInfo(measured);
        return new DiskStatus(measured, ofDatabase, drive.AvailableFreeSpace, drive.TotalSize);
    }

    public async Task<BackupStatus> BackupAsync(TimeSpan maxAge, CancellationToken ct)
    {
        DateTimeOffset? finished = null;
        string? label = null, host = null;
        long? size = null;
        await using (var cmd = dataSource.CreateCommand(
            "SELECT finished_at, label, host, size_bytes FROM backup_runs WHERE succeeded ORDER BY finished_at DESC LIMIT 1"))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            if (await reader.ReadAsync(ct))
            {
                finished = reader.GetFieldValue<DateTimeOffset>(0);
                label = reader.GetString(1);
                host = reader.GetString(2);
                size = reader.IsDBNull(3) ? null : reader.GetInt64(3);
            }
        }

        DateTimeOffset? failedAt = null;
        string? error = null;
        await using (var cmd = dataSource.CreateCommand(
            "SELECT finished_at, error FROM backup_runs WHERE NOT succeeded AND finished_at > coalesce($1, '-infinity') ORDER BY finished_at DESC LIMIT 1"))
        {
            cmd.Parameters.Add(new NpgsqlParameter<DateTimeOffset?> { TypedValue = finished, DataTypeName = "timestamptz" });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct))
            {
                failedAt = reader.GetFieldValue<DateTimeOffset>(0);
                error = reader.IsDBNull(1) ? null : reader.GetString(1);
            }
        }

        var age = finished is { } f ? Max(clock.GetUtcNow() - f) : (TimeSpan?)null;
        return new BackupStatus(finished, label, host, size, age, age is null || age > maxAge, failedAt, error, maxAge);
    }

    private async Task<string?> DataDirectoryAsync(CancellationToken ct)
    {
        try
        {
            await using var cmd = dataSource.CreateCommand("SELECT current_setting('data_directory')");
            return (string?)await cmd.ExecuteScalarAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            return null;
        }
    }

    private static bool IsLocal(string connectionString)
    {
        var host = new NpgsqlConnectionStringBuilder(connectionString).Host ?? "";
        return host.Split(',').All(h => h.StartsWith('/') || h == "localhost" || (IPAddress.TryParse(h, out var a) && IPAddress.IsLoopback(a)));
    }

    private static TimeSpan Max(TimeSpan age) => age < TimeSpan.Zero ? TimeSpan.Zero : age;
}
