using System.Diagnostics;
using Npgsql;

namespace CaseManagement.Benchmarks;

/// <summary>Runs <c>count</c> units of work on <c>workers</c> connections at once and times the whole.</summary>
public static class Workers
{
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
