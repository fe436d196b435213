using System.Diagnostics;
using System.Globalization;
using CaseManagement.Workflows.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CaseManagement.Benchmarks;

/// <summary>(c) timers due evenly across a window, fired by one in-process node (outbox dispatcher + clustered
/// Quartz, as the app runs them): lateness = when the firing step began (wf_timers.fired_at) − due time.</summary>
public static class TimerLateness
{
    /// <summary>Timers due in 30 days, in Quartz before the measured ones.</summary>
    private const int Resident = 1000;

    /// <summary>Timers fired before the measured ones.</summary>
    private const int WarmUp = 300;

    public static async Task<IReadOnlyList<Figure>> RunAsync(BenchServer server, BenchmarkOptions o)
    {
        await server.PublishAsync(BenchProcesses.Timer);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(server.DataSource);
        builder.Services.AddWorkflowHosting();
        builder.Services.AddWorkflowBackgroundServices(server.ConnectionString);
        using var node = builder.Build();
        await node.StartAsync();

        // A live database holds timers due far ahead (SLA escalations, reminders) and autovacuum has analysed its
        // tables. A freshly created one has never been analysed, and PostgreSQL then plans Quartz's lookups by
        // trigger name as scans of every trigger (docs/PERFORMANCE.md); the benchmark measures the live case.
        var resident = DateTimeOffset.UtcNow.AddDays(30);
        await SeedAsync(server, Resident, n => resident.AddSeconds(n));
        // Warm-up: a few hundred timers scheduled and fired first, so that JIT compilation of Quartz's and the
        // firing step's code is not counted as lateness or CPU per timer (as in (a), a running node is warm).
        var warm = DateTimeOffset.UtcNow.AddSeconds(3);
        await SeedAsync(server, WarmUp, n => warm.AddMilliseconds(10.0 * n));
        await WaitAsync(server, "SELECT count(*) FROM wf_timers WHERE status = 'pending' AND due_at < now() + interval '1 day'", 0, DateTimeOffset.UtcNow.AddMinutes(5));
        await WaitAsync(server, "SELECT count(*) FROM wf_outbox WHERE kind = 'schedule-timer' AND delivered_at IS NULL", 0, DateTimeOffset.UtcNow.AddMinutes(5));
        await using (var analyze = server.DataSource.CreateCommand("ANALYZE"))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        await Costs.ResetStatementsAsync(server);
        var before = await Costs.TakeAsync(server);

        // Every timer is due after the lead, so that starting and scheduling them all is not counted as lateness.
        var first = DateTimeOffset.UtcNow.AddSeconds(o.LeadSeconds);
        var seeding = Stopwatch.StartNew();
        await SeedAsync(server, o.Timers, n => first.AddMilliseconds(o.WindowSeconds * 1000.0 * n / o.Timers));
        var started = seeding.Elapsed;
        await WaitAsync(server, "SELECT count(*) FROM wf_outbox WHERE kind = 'schedule-timer' AND delivered_at IS NULL", 0, first.AddSeconds(o.WindowSeconds + 300));
        var scheduled = seeding.Elapsed;
        Console.WriteLine($"  timers: {o.Timers} started in {started.TotalSeconds:F1} s, all in Quartz after {scheduled.TotalSeconds:F1} s (first due after {o.LeadSeconds} s)");
        await WaitAsync(server, "SELECT count(*) FROM wf_timers WHERE status = 'pending' AND due_at < now() + interval '1 day'", 0, first.AddSeconds(o.WindowSeconds + 300));
        await node.StopAsync();
        var cost = await Costs.TakeAsync(server) - before;
        Console.WriteLine("  c) " + cost.Per(o.Timers, "timer (start, schedule, fire)"));
        await Costs.PrintStatementsAsync(server, o.Timers, "timer");

        var lateness = await PercentilesAsync(server, first);
        await PrintByDueTimeAsync(server, first);
        var twice = await server.ScalarAsync<long>(
            "SELECT count(*) FROM (SELECT instance_id FROM wf_history WHERE kind = 'TimerFired' GROUP BY instance_id HAVING count(*) > 1) t");
        var note = $"{o.Timers} timers over {o.WindowSeconds} s; {twice} fired twice";
        return
        [
            new("c) timers", "lateness p50", lateness.P50 * 1000, "ms", note),
            new("c) timers", "lateness p99", lateness.P99 * 1000, "ms", ""),
            new("c) timers", "lateness max", lateness.Max * 1000, "ms", ""),
            new("c) timers", "early (fired before due)", lateness.Early, "timers", scheduled.TotalSeconds > o.LeadSeconds ? "WARNING: scheduling outran the lead" : ""),
        ];
    }

    /// <summary>Starts <paramref name="count"/> timer instances, 50 per transaction on 4 connections.</summary>
    private static async Task SeedAsync(BenchServer server, int count, Func<int, DateTimeOffset> dueAt)
    {
        var i = -1;
        await Workers.RunAsync(server.DataSource, 4, (count + 49) / 50, async conn =>
        {
            await using var tx = await conn.BeginTransactionAsync();
            for (var k = 0; k < 50; k++)
            {
                var n = Interlocked.Increment(ref i);
                if (n >= count)
                {
                    break;
                }

                await server.Runtime.StartAsync(new WorkflowSession(conn, tx), "bench_timer", Guid.CreateVersion7(), null,
                    new Dictionary<string, object?> { ["dueAt"] = dueAt(n).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) });
            }

            await tx.CommitAsync();
        });
    }

    private static async Task WaitAsync(BenchServer server, string countSql, long target, DateTimeOffset deadline)
    {
        // A benchmark may poll: it waits for thousands of rows, once a second.
        while (await server.ScalarAsync<long>(countSql) != target)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Expected '{countSql}' to reach {target} by {deadline:O}");
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Lateness per tenth of the window, to tell a fixed delay from a backlog that grows.</summary>
    private static async Task PrintByDueTimeAsync(BenchServer server, DateTimeOffset first)
    {
        await using var cmd = server.DataSource.CreateCommand(
            """
            SELECT b, count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY s), max(s)
            FROM (SELECT ntile(10) OVER (ORDER BY due_at) AS b, extract(epoch FROM fired_at - due_at)::float8 AS s FROM wf_timers WHERE status = 'fired' AND due_at >= $1) t
            GROUP BY b ORDER BY b
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = first.UtcDateTime });
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    due tenth {reader.GetInt32(0),2}: {reader.GetInt64(1),6} timers, lateness p50 {reader.GetDouble(2) * 1000,8:F0} ms, max {reader.GetDouble(3) * 1000,8:F0} ms"));
        }
    }

    private static async Task<(double P50, double P99, double Max, long Early)> PercentilesAsync(BenchServer server, DateTimeOffset first)
    {
        await using var cmd = server.DataSource.CreateCommand(
            """
            SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s), percentile_cont(0.99) WITHIN GROUP (ORDER BY s), max(s),
                   count(*) FILTER (WHERE s < 0)
            FROM (SELECT extract(epoch FROM fired_at - due_at)::float8 AS s FROM wf_timers WHERE status = 'fired' AND due_at >= $1) t
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = first.UtcDateTime });
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetInt64(3));
    }
}
