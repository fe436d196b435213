using System.Globalization;
using Npgsql;

namespace CaseManagement.Benchmarks;

/// <summary>What a stretch of work cost the machine, independent of wall-clock time (which other builds on the two
/// cores distort): CPU of this process, of its waited-for children (pgbench), of the PostgreSQL server, and WAL bytes.</summary>
public sealed record Costs(TimeSpan ClientCpu, TimeSpan ChildCpu, TimeSpan ServerCpu, long WalBytes)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static Costs operator -(Costs a, Costs b) =>
        new(a.ClientCpu - b.ClientCpu, a.ChildCpu - b.ChildCpu, a.ServerCpu - b.ServerCpu, a.WalBytes - b.WalBytes);

    public static async Task<Costs> TakeAsync(BenchServer server)
    {
        long wal;
        await using (var cmd = server.DataSource.CreateCommand("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint"))
        {
            wal = (long)(await cmd.ExecuteScalarAsync())!;
        }

        using var self = System.Diagnostics.Process.GetCurrentProcess();
        var own = Stat(Environment.ProcessId);
        return new Costs(self.TotalProcessorTime, Seconds(own[13] + own[14]), ServerCpuOf(server.DataDirectory), wal);
    }

    /// <summary>One line per unit of work: CPU milliseconds of client, child and server, and WAL bytes.</summary>
    public string Per(double units, string unit) => string.Create(CultureInfo.InvariantCulture,
        $"per {unit}: client CPU {ClientCpu.TotalMilliseconds / units:F3} ms, pgbench CPU {ChildCpu.TotalMilliseconds / units:F3} ms, " +
        $"server CPU {ServerCpu.TotalMilliseconds / units:F3} ms, WAL {WalBytes / units:F0} B");

    /// <summary>The postmaster's own and reaped children's CPU plus every live backend's (all children of the postmaster).</summary>
    private static TimeSpan ServerCpuOf(string dataDirectory)
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        var root = Stat(postmaster);
        var ticks = root[11] + root[12] + root[13] + root[14];
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && pid != postmaster && TryStat(pid) is { } s && s[1] == postmaster)
            {
                ticks += s[11] + s[12];
            }
        }

        return Seconds(ticks);
    }

    private static TimeSpan Seconds(long ticks) => TimeSpan.FromSeconds(ticks / TicksPerSecond);

    private static long[] Stat(int pid) => TryStat(pid) ?? throw new InvalidOperationException($"no /proc/{pid}/stat");

    // Fields after "(comm)", numbered from 0 = state: 1 ppid … 11 utime, 12 stime, 13 cutime, 14 cstime.
    private static long[]? TryStat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Skip(1).Take(15).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).Prepend(0).ToArray();
    }

    /// <summary>Calls, rows and time of the statements pg_stat_statements saw since its last reset, most frequent first.</summary>
    public static async Task PrintStatementsAsync(BenchServer server, double units, string unit)
    {
        if (!server.Profiling)
        {
            return;
        }

        await using var cmd = server.DataSource.CreateCommand(
            """
            SELECT calls, rows, total_exec_time, shared_blks_hit + shared_blks_read + shared_blks_dirtied, wal_bytes, left(regexp_replace(query, '\s+', ' ', 'g'), 110)
            FROM pg_stat_statements WHERE calls >= $1 ORDER BY calls DESC, total_exec_time DESC
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = (long)(units / 2) });
        await using var reader = await cmd.ExecuteReaderAsync();
        Console.WriteLine($"    statements per {unit} (pg_stat_statements): calls  rows  exec ms  blocks  WAL B  query");
        while (await reader.ReadAsync())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {reader.GetInt64(0) / units,6:F2} {reader.GetInt64(1) / units,5:F2} {reader.GetDouble(2) / units,7:F3} {reader.GetDecimal(3) / (decimal)units,6:F1} {reader.GetDecimal(4) / (decimal)units,6:F0}  {reader.GetString(5)}"));
        }
    }

    public static async Task ResetStatementsAsync(BenchServer server)
    {
        if (server.Profiling)
        {
            await using var cmd = server.DataSource.CreateCommand("SELECT pg_stat_statements_reset()");
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
