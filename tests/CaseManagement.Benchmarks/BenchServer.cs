using CaseManagement.Core.Common.Database;
using CaseManagement.Workflows.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CaseManagement.Benchmarks;

/// <summary>A private PostgreSQL cluster for one run: migrated, with the workflow runtime over it.</summary>
public sealed class BenchServer : IAsyncDisposable
{
    private readonly EmbeddedPostgres server;
    private readonly string dataDirectory;
    private readonly ServiceProvider services;

    private BenchServer(EmbeddedPostgres server, string dataDirectory, bool profiling)
    {
        this.server = server;
        this.dataDirectory = dataDirectory;
        Profiling = profiling;
        ConnectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { MaxPoolSize = 40 }.ConnectionString;
        DataSource = WorkflowDataSource.Create(ConnectionString);
        // A node's listener keeps the latest versions current, so starts need not read them (ADR 0024), as in the app.
        services = new ServiceCollection().AddSingleton(DataSource).AddLogging().AddWorkflowHosting()
            .AddSingleton<DefinitionChangeListener>().BuildServiceProvider();
    }

    public string ConnectionString { get; }

    public int Port => server.Port;

    public NpgsqlDataSource DataSource { get; }

    public string DataDirectory => dataDirectory;

    /// <summary>Whether pg_stat_statements is loaded (--profile): it costs a little on every statement.</summary>
    public bool Profiling { get; }

    public WorkflowRuntime Runtime => services.GetRequiredService<WorkflowRuntime>();

    public static async Task<BenchServer> StartAsync(bool throwaway, bool profiling)
    {
        var dir = Path.Combine(Path.GetTempPath(), "cm-bench-pg-" + Guid.NewGuid().ToString("N")[..8]);
        var options = new EmbeddedPostgresOptions { DataDirectory = dir, Throwaway = throwaway, Database = "casemanagement" };
        var server = await EmbeddedPostgres.StartAsync(options);
        if (profiling)
        {
            // The library only loads at server start: set it, then restart the same cluster.
            await ExecuteAsync(server.ConnectionString, "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
            await server.StopAsync();
            server = await EmbeddedPostgres.StartAsync(options);
            await ExecuteAsync(server.ConnectionString, "CREATE EXTENSION pg_stat_statements");
        }

        await new SqlMigrator(NullLogger<SqlMigrator>.Instance).MigrateAsync(server.ConnectionString, SqlMigration.Embedded());
        var bench = new BenchServer(server, dir, profiling);
        await bench.ListenAsync();
        return bench;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
#pragma warning disable CA2100 // the benchmark's own constant SQL
        await using var cmd = new NpgsqlCommand(sql, conn);
#pragma warning restore CA2100
        await cmd.ExecuteNonQueryAsync();
    }

    private async Task ListenAsync()
    {
        var latest = services.GetRequiredService<LatestDefinitions>();
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        latest.Forgot += _ => changed.TrySetResult();
        await services.GetRequiredService<DefinitionChangeListener>().StartAsync(CancellationToken.None);
        if (!latest.Listening)
        {
            await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public async Task PublishAsync(string bpmn)
    {
        await using var conn = await DataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await services.GetRequiredService<WorkflowDefinitionStore>().PublishAsync(new WorkflowSession(conn, tx), bpmn);
        await tx.CommitAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
#pragma warning disable CA2100 // the benchmark's own constant SQL
        await using var cmd = DataSource.CreateCommand(sql);
#pragma warning restore CA2100
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await services.GetRequiredService<DefinitionChangeListener>().StopAsync(CancellationToken.None);
        await services.DisposeAsync();
        await DataSource.DisposeAsync();
        await server.StopAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"could not remove {dataDirectory}: {e.Message}");
        }
    }
}
