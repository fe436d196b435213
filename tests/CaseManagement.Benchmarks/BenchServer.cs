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

    private BenchServer(EmbeddedPostgres server, string dataDirectory)
    {
        this.server = server;
        this.dataDirectory = dataDirectory;
        ConnectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { MaxPoolSize = 40 }.ConnectionString;
        DataSource = NpgsqlDataSource.Create(ConnectionString);
        services = new ServiceCollection().AddSingleton(DataSource).AddWorkflowHosting().BuildServiceProvider();
    }

    public string ConnectionString { get; }

    public int Port => server.Port;

    public NpgsqlDataSource DataSource { get; }

    public WorkflowRuntime Runtime => services.GetRequiredService<WorkflowRuntime>();

    public static async Task<BenchServer> StartAsync(bool throwaway)
    {
        var dir = Path.Combine(Path.GetTempPath(), "cm-bench-pg-" + Guid.NewGuid().ToString("N")[..8]);
        var server = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataDirectory = dir, Throwaway = throwaway, Database = "casemanagement" });
        await new SqlMigrator(NullLogger<SqlMigrator>.Instance).MigrateAsync(server.ConnectionString, SqlMigration.Embedded());
        return new BenchServer(server, dir);
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
