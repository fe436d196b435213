using System.Diagnostics;
using Npgsql;

namespace CaseManagement.Benchmarks;

/// <summary>Runs <c>count</c> units of work on <c>workers</c> connections at once and times the whole.</summary>
public static class Workers
{
    /// <summary>Units run before a measured run: enough for tiered JIT to reach its optimised code (after about two
    /// seconds of steady calls), for every connection to prepare its statements, and for the pool to fill. A node that
    /// has been up for a minute is in this state; 100 units, as before, measured the JIT as much as the step.</summary>
    public const int WarmUp = 2000;

    public static async Task<TimeSpan> RunAsync(NpgsqlDataSource dataSource, int workers, int count, Func<NpgsqlConnection, Task> unit)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            await using var conn = await dataSource.OpenConnectionAsync();
            while (Interlocked.Increment(ref next) < count)
            {
                await unit(conn);
            }
        }));
        return clock.Elapsed;
    }
}
