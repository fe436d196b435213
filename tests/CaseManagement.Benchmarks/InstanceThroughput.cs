using CaseManagement.Workflows.Hosting;

namespace CaseManagement.Benchmarks;

/// <summary>(a) start → user task → complete → end, each step its own transaction.</summary>
public static class InstanceThroughput
{
    public static async Task<IReadOnlyList<Figure>> RunAsync(BenchServer server, BenchmarkOptions o)
    {
        await server.PublishAsync(BenchProcesses.UserTask);
        var runtime = server.Runtime;
        var noVariables = new Dictionary<string, object?>();
        async Task OneInstance(Npgsql.NpgsqlConnection conn)
        {
            Guid task;
            await using (var tx = await conn.BeginTransactionAsync())
            {
                var started = await runtime.StartAsync(new WorkflowSession(conn, tx), "bench_user_task", Guid.CreateVersion7(), null, noVariables);
                task = started.CreatedTasks[0].TaskId;
                await tx.CommitAsync();
            }

            await using (var tx = await conn.BeginTransactionAsync())
            {
                await runtime.CompleteUserTaskAsync(new WorkflowSession(conn, tx), task, "bench", noVariables);
                await tx.CommitAsync();
            }
        }

        await Workers.RunAsync(server.DataSource, o.Workers, Workers.WarmUp, OneInstance);
        await Costs.ResetStatementsAsync(server);
        var before = await Costs.TakeAsync(server);
        var elapsed = await Workers.RunAsync(server.DataSource, o.Workers, o.Instances, OneInstance);
        var cost = await Costs.TakeAsync(server) - before;
        Console.WriteLine("  a) " + cost.Per(o.Instances * 2.0, "durable step"));
        await Costs.PrintStatementsAsync(server, o.Instances * 2.0, "step");
        var completed = await server.ScalarAsync<long>("SELECT count(*) FROM wf_instances WHERE process_id = 'bench_user_task' AND status = 'Completed'");
        if (completed != o.Instances + Workers.WarmUp)
        {
            throw new InvalidOperationException($"Expected {o.Instances + Workers.WarmUp} completed instances but found {completed}");
        }

        var perSecond = o.Instances / elapsed.TotalSeconds;
        return
        [
            new("a) user task", "instances/s (start → complete → end)", perSecond, "1/s", $"{o.Instances} instances, {o.Workers} workers"),
            new("a) user task", "durable steps/s", perSecond * 2, "1/s", "2 transactions per instance"),
            new("a) user task", "mean step latency", elapsed.TotalMilliseconds * o.Workers / (o.Instances * 2.0), "ms", "per worker"),
        ];
    }
}
