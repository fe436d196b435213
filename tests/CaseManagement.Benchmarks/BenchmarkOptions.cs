using System.Globalization;

namespace CaseManagement.Benchmarks;

/// <summary>Sizes of the runs, from the command line: --instances N --chains N --timers N --lead S --window S
/// --pgbench-seconds S --workers N --only abcd (which benchmarks) --throwaway (fsync off; default is a durable server)
/// --profile (CPU, WAL and statements per step, pg_stat_statements loaded).</summary>
public sealed record BenchmarkOptions(
    int Instances, int Chains, int Timers, int LeadSeconds, int WindowSeconds, int PgbenchSeconds, int Workers, bool Throwaway, string Only, bool Profile = false)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var o = new BenchmarkOptions(10_000, 2000, 10_000, 120, 60, 30, 8, false, "abcd");
        for (var i = 0; i < args.Length; i++)
        {
            o = args[i] switch
            {
                "--instances" => o with { Instances = Int(args, ++i) },
                "--chains" => o with { Chains = Int(args, ++i) },
                "--timers" => o with { Timers = Int(args, ++i) },
                "--lead" => o with { LeadSeconds = Int(args, ++i) },
                "--window" => o with { WindowSeconds = Int(args, ++i) },
                "--pgbench-seconds" => o with { PgbenchSeconds = Int(args, ++i) },
                "--workers" => o with { Workers = Int(args, ++i) },
                "--throwaway" => o with { Throwaway = true },
                "--profile" => o with { Profile = true },
                "--only" => o with { Only = args[++i] },
                var other => throw new ArgumentException($"Expected an option but got '{other}'"),
            };
        }

        return o;
    }

    private static int Int(string[] args, int i) => int.Parse(args[i], CultureInfo.InvariantCulture);
}
