using System.Globalization;
using CaseManagement.Core.Common.Database;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CaseManagement.Core.Tests.Operations;

/// <summary>Issue 7's restore test, with the real scripts of deploy/backup on a private cluster that archives its WAL
/// through archive-wal.sh: base backup, rows, a noted time, more rows, then restore.sh to the noted time on a new data
/// directory and port, which must hold exactly the rows committed before that time.</summary>
public sealed class PointInTimeRestoreTests : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "cm-restore-" + Guid.NewGuid().ToString("N")[..8]);
    private EmbeddedPostgres? server;
    private string? restoredData;

    private string Backups => Path.Combine(root, "backups");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Backups, "wal"));
        await BackupScripts.ChownToPostgresAsync(root);
        var options = new EmbeddedPostgresOptions { DataDirectory = Path.Combine(root, "data"), Throwaway = true };
        server = await EmbeddedPostgres.StartAsync(options);
        await ExecuteAsync(server.ConnectionString, "ALTER SYSTEM SET archive_mode = on");
        await ExecuteAsync(server.ConnectionString,
            $"ALTER SYSTEM SET archive_command = '{BackupScripts.PathOf("archive-wal.sh")} %p %f {Path.Combine(Backups, "wal")}'");
        await ExecuteAsync(server.ConnectionString, "ALTER SYSTEM SET full_page_writes = on");
        await server.StopAsync();
        server = await EmbeddedPostgres.StartAsync(options);
        await new SqlMigrator(NullLogger<SqlMigrator>.Instance).MigrateAsync(server.ConnectionString, SqlMigration.Embedded());
    }

    [Fact]
    public async Task A_restore_to_a_noted_time_holds_exactly_the_rows_committed_before_it()
    {
        var cs = server!.ConnectionString;
        await ExecuteAsync(cs, "CREATE TABLE restore_probe (id int PRIMARY KEY)");
        await BackupScripts.RunAsync("base-backup.sh", ["--checkpoint", "fast"], Environment(server.Port));
        await ExecuteAsync(cs, "INSERT INTO restore_probe SELECT generate_series(1, 120)");
        var noted = await ScalarAsync<string>(cs, "SELECT now()::text");
        var atNoted = await ScalarAsync<long>(cs, "SELECT count(*) FROM restore_probe");
        await SwitchWalAndWaitForArchiveAsync(cs);
        await ExecuteAsync(cs, "INSERT INTO restore_probe SELECT generate_series(121, 200)");
        await ExecuteAsync(cs, "DELETE FROM restore_probe WHERE id <= 10");
        await SwitchWalAndWaitForArchiveAsync(cs);

        restoredData = Path.Combine(root, "restored");
        var port = EmbeddedPostgres.FreeLoopbackPort();
        await BackupScripts.RunAsync("restore.sh",
            ["--backup-dir", Backups, "--target-time", noted, "--data-dir", restoredData, "--start", "--port", port.ToString(CultureInfo.InvariantCulture)],
            new Dictionary<string, string>());

        var restored = new NpgsqlConnectionStringBuilder(cs) { Port = port, Pooling = false }.ConnectionString;
        Assert.Equal(120, atNoted);
        Assert.Equal(atNoted, await ScalarAsync<long>(restored, "SELECT count(*) FROM restore_probe"));
        Assert.Equal(1, await ScalarAsync<long>(restored, "SELECT min(id)::bigint FROM restore_probe"));
        Assert.Equal(190, await ScalarAsync<long>(cs, "SELECT count(*) FROM restore_probe"));
        Assert.Equal(1, await ScalarAsync<long>(cs, "SELECT count(*) FROM backup_runs WHERE succeeded"));
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (restoredData is not null && File.Exists(Path.Combine(restoredData, "postmaster.pid")))
        {
            await BackupScripts.PgCtlAsync("-D", restoredData, "-m", "immediate", "-w", "stop");
        }

        if (server is not null)
        {
            await server.StopAsync();
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the OS cleans /tmp.
        }
    }

    private Dictionary<string, string> Environment(int port) => new()
    {
        ["BACKUP_DIR"] = Backups,
        ["PGHOST"] = "127.0.0.1",
        ["PGPORT"] = port.ToString(CultureInfo.InvariantCulture),
        ["PGUSER"] = "postgres",
        ["PGDATABASE"] = "casemanagement",
    };

    /// <summary>Closes the current WAL segment and waits until the archiver has copied it (pg_stat_archiver).</summary>
    private static async Task SwitchWalAndWaitForArchiveAsync(string cs)
    {
        var segment = await ScalarAsync<string>(cs, "SELECT pg_walfile_name(pg_switch_wal())");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await ScalarAsync<bool>(cs, "SELECT coalesce(last_archived_wal, '') < $1 FROM pg_stat_archiver", segment))
        {
            Assert.True(DateTime.UtcNow < deadline, $"WAL segment {segment} was not archived within 30 s");
            await Task.Delay(50);
        }
    }


    private static async Task ExecuteAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
#pragma warning disable CA2100 // test-owned SQL
        await using var cmd = new NpgsqlCommand(sql, conn);
#pragma warning restore CA2100
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(string cs, string sql, params object[] args)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
#pragma warning disable CA2100 // test-owned SQL
        await using var cmd = new NpgsqlCommand(sql, conn);
#pragma warning restore CA2100
        foreach (var a in args)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        }

        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
