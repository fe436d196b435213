using System.Globalization;
using CaseManagement.Benchmarks;

var options = BenchmarkOptions.Parse(args);
Console.WriteLine($"CaseManagement benchmarks {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}: {Environment.ProcessorCount} cores, " +
    $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):F0} GiB, server {(options.Throwaway ? "fsync off (throwaway)" : "durable (fsync on, synchronous_commit on)")}");
await using var server = await BenchServer.StartAsync(options.Throwaway, options.Profile);
var figures = new List<Figure>();
foreach (var (letter, run) in new (char, Func<BenchServer, BenchmarkOptions, Task<IReadOnlyList<Figure>>>)[]
         { ('e', EngineCost.RunAsync), ('a', InstanceThroughput.RunAsync), ('b', ChainThroughput.RunAsync), ('d', PgBench.RunAsync), ('c', TimerLateness.RunAsync) })
{
    if (!options.Only.Contains(letter, StringComparison.Ordinal))
    {
        continue;
    }

    var result = await run(server, options);
    foreach (var f in result)
    {
        Console.WriteLine($"  {f.Benchmark,-18} {f.Measure,-38} {f.Value,10:F1} {f.Unit,-6} {f.Note}");
    }

    figures.AddRange(result);
}

double Value(string measure) => figures.SingleOrDefault(f => f.Measure == measure)?.Value ?? double.NaN;
var tps = Value("tps (-s 10 -c 8 -j 2)");
var steps = Value("durable steps/s");
Console.WriteLine();
Console.WriteLine("| benchmark | measure | value | unit | note |");
Console.WriteLine("|---|---|---:|---|---|");
foreach (var f in figures)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {f.Benchmark} | {f.Measure} | {f.Value:F1} | {f.Unit} | {f.Note} |"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| ratio | pgbench transactions per durable step | {tps / steps:F2} | | goal ≤ 2 |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| ratio | timer lateness p99 | {Value("lateness p99") / 1000:F3} | s | goal < 1 s |"));
