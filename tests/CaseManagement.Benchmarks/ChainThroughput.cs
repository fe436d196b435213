namespace CaseManagement.Benchmarks;

/// <summary>(b) a 10-element chain of set-variables service tasks: the engine runs it within the start's transaction.</summary>
public static class ChainThroughput
{
    public const int Length = 10;

    public static async Task<IReadOnlyList<Figure>> RunAsync(BenchServer server, BenchmarkOptions o)
    {
        await server.PublishAsync(BenchProcesses.Chain(Length));
        var runtime = server.Runtime;
        var variables = new Dictionary<string, object?> { ["n"] = 1 };
        async Task OneChain(Npgsql.NpgsqlConnection conn)
        {
            await using var tx = await conn.BeginTransactionAsync();
            await runtime.StartAsync(new Workflows.Hosting.WorkflowSession(conn, tx), "bench_chain", Guid.CreateVersion7(), null, variables);
            await tx.CommitAsync();
        }

        await Workers.RunAsync(server.DataSource, o.Workers, Workers.WarmUp, OneChain);
        var elapsed = await Workers.RunAsync(server.DataSource, o.Workers, o.Chains, OneChain);
        var perSecond = o.Chains / elapsed.TotalSeconds;
        var history = await server.ScalarAsync<long>(
            "SELECT count(*) FROM wf_history h JOIN wf_instances i ON i.id = h.instance_id WHERE i.process_id = 'bench_chain'") / (o.Chains + (double)Workers.WarmUp);
        return
        [
            new("b) 10-step chain", "instances/s (one transaction each)", perSecond, "1/s", $"{o.Chains} instances, {o.Workers} workers"),
            new("b) 10-step chain", "service-task steps/s", perSecond * Length, "1/s", $"{history:F0} history rows per instance"),
        ];
    }
}
