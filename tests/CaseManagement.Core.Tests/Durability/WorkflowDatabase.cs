using CaseManagement.Testing.Database;
using CaseManagement.Workflows.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseManagement.Core.Tests.Durability;

/// <summary>A fresh database of its own (clustered Quartz fires any node's jobs on the same database) and a
/// runtime in the test process that starts instances without running any background part: delivery and timers are
/// left to the node processes under test.</summary>
public sealed class WorkflowDatabase : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private WorkflowDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        services = new ServiceCollection()
            .AddSingleton(NpgsqlDataSource.Create(connectionString))
            .AddWorkflowHosting()
            .BuildServiceProvider();
    }

    public string ConnectionString { get; }

    // As the owner: the node harness creates its own bookkeeping tables, which the application's role may not (ADR 0016).
    public static async Task<WorkflowDatabase> CreateAsync(TestPostgres postgres) => new(postgres.OwnerConnectionString(await postgres.CreateDatabaseAsync()));

    /// <summary>Publishes <paramref name="bpmn"/> and starts one instance per variable set, a batch per transaction.</summary>
    public async Task<IReadOnlyList<Guid>> StartAsync(
        string bpmn, string processId, IReadOnlyList<IReadOnlyDictionary<string, object?>> instances, int perTransaction = 50)
    {
        var runtime = services.GetRequiredService<WorkflowRuntime>();
        await using var conn = await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using (var publish = await conn.BeginTransactionAsync())
        {
            await services.GetRequiredService<WorkflowDefinitionStore>().PublishAsync(new WorkflowSession(conn, publish), bpmn);
            await publish.CommitAsync();
        }

        var ids = new List<Guid>();
        foreach (var batch in instances.Chunk(perTransaction))
        {
            await using var tx = await conn.BeginTransactionAsync();
            foreach (var variables in batch)
            {
                var id = Guid.CreateVersion7();
                await runtime.StartAsync(new WorkflowSession(conn, tx), processId, id, null, variables);
                ids.Add(id);
            }

            await tx.CommitAsync();
        }

        return ids;
    }

    /// <summary>The first column of the first row (null when there is none).</summary>
    public async Task<T?> QueryAsync<T>(string sql, params object[] args)
    {
        await using var cmd = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        foreach (var a in args)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        }

        return await cmd.ExecuteScalarAsync() is T value ? value : default;
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();
}
