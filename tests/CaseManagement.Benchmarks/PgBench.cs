using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace CaseManagement.Benchmarks;

/// <summary>(d) pgbench TPC-B on the same server: the ceiling a durable step is compared with.</summary>
public static partial class PgBench
{
    public static async Task<IReadOnlyList<Figure>> RunAsync(BenchServer server, BenchmarkOptions o)
    {
        await using (var cmd = server.DataSource.CreateCommand("CREATE DATABASE pgbench"))
        {
            await cmd.ExecuteNonQueryAsync();
        }

        var user = new NpgsqlConnectionStringBuilder(server.ConnectionString).Username ?? "postgres";
        string[] target = ["-h", "127.0.0.1", "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-U", user];
        await RunAsync([.. target, "-i", "-s", "10", "-q", "pgbench"]);
        await Costs.ResetStatementsAsync(server);
        var before = await Costs.TakeAsync(server);
        var output = await RunAsync([.. target, "-c", "8", "-j", "2", "-T", o.PgbenchSeconds.ToString(CultureInfo.InvariantCulture), "pgbench"]);
        var cost = await Costs.TakeAsync(server) - before;
        var tps = double.Parse(Tps().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var transactions = double.Parse(Processed().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        Console.WriteLine("  d) " + cost.Per(transactions, "pgbench transaction"));
        await Costs.PrintStatementsAsync(server, transactions, "transaction");
        var latency = LatencyAverage().Match(output) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
        return
        [
            new("d) pgbench TPC-B", "tps (-s 10 -c 8 -j 2)", tps, "1/s", $"{o.PgbenchSeconds} s"),
            new("d) pgbench TPC-B", "mean latency", latency, "ms", ""),
        ];
    }

    /// <summary>pgbench from the server's binaries; as root through runuser, like the server itself.</summary>
    private static async Task<string> RunAsync(string[] args)
    {
        var pgbench = Path.Combine(Environment.GetEnvironmentVariable("CM_PG_BIN") ?? "/usr/lib/postgresql/15/bin", "pgbench");
        var info = Environment.UserName == "root"
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", pgbench, .. args])
            : new ProcessStartInfo(pgbench, args);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pgbench {string.Join(' ', args)} failed:\n{await stderr}");
        }

        return await stdout + await stderr;
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"number of transactions actually processed: ([0-9]+)")]
    private static partial Regex Processed();

    [GeneratedRegex(@"latency average = ([0-9.]+) ms")]
    private static partial Regex LatencyAverage();
}
