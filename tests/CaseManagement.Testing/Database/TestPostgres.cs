using CaseManagement.Core.Common.Database;
using CaseManagement.Workflows.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit;

namespace CaseManagement.Testing.Database;

/// <summary>One PostgreSQL per test process (a throwaway cluster, or CM_TEST_CONNECTION's server) holding a
/// migrated template database with the shipped workflows; each test class clones it (CREATE DATABASE … TEMPLATE).
/// Like production (ADR 0016), tests connect as an application login that does not own the tables; the owner's
/// connection (<see cref="OwnerConnectionString"/>) is for migrations and for tests that play the attacker.</summary>
public sealed class TestPostgres : IAsyncLifetime
{
    private const string Template = "cm_template";

    /// <summary>The application's login in tests (member of casemanagement_app); its password matters only on
    /// a CM_TEST_CONNECTION server that asks for one.</summary>
    public const string ApplicationLogin = "cm_test_app";
    private static int counter;
    private EmbeddedPostgres? server;
    private string? dataDirectory;
    private string adminConnectionString = "";
    private string prefix = "";

    public async ValueTask InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable("CM_TEST_CONNECTION");
        if (string.IsNullOrWhiteSpace(external))
        {
            dataDirectory = Path.Combine(Path.GetTempPath(), "cm-test-pg-" + Guid.NewGuid().ToString("N")[..8]);
            server = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataDirectory = dataDirectory, Throwaway = true, Database = "postgres" });
            external = server.ConnectionString;
        }

        adminConnectionString = new NpgsqlConnectionStringBuilder(external) { Database = "postgres", Pooling = false }.ConnectionString;
        prefix = "t" + Environment.ProcessId + "_" + Guid.NewGuid().ToString("N")[..6] + "_";
        await ExecuteAsync($"DROP DATABASE IF EXISTS {prefix}{Template}");
        await ExecuteAsync($"CREATE DATABASE {prefix}{Template}");
        var template = ConnectionStringFor(prefix + Template, pooling: false);
        await new SqlMigrator(NullLogger<SqlMigrator>.Instance).MigrateAsync(template, SqlMigration.Embedded());
        await PublishWorkflowsAsync(template);
        await DatabaseRoles.EnsureApplicationLoginAsync(adminConnectionString, ApplicationLogin, ApplicationLogin);
    }

    /// <summary>A fresh database with the real schema and shipped workflows, for one test class; the connection is
    /// the application's (not the owner's).</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = prefix + "db" + Interlocked.Increment(ref counter);
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {prefix}{Template}");
        return new NpgsqlConnectionStringBuilder(ConnectionStringFor(name, pooling: true)) { Username = ApplicationLogin, Password = ApplicationLogin }.ConnectionString;
    }

    /// <summary>The same database as <paramref name="connectionString"/>, as the owner of its tables (superuser).</summary>
    public string OwnerConnectionString(string connectionString) =>
        ConnectionStringFor(new NpgsqlConnectionStringBuilder(connectionString).Database!, pooling: true);

    /// <summary>A fresh empty database (no migrations), for migrator tests.</summary>
    public async Task<string> CreateEmptyDatabaseAsync()
    {
        var name = prefix + "empty" + Interlocked.Increment(ref counter);
        await ExecuteAsync($"CREATE DATABASE {name}");
        return ConnectionStringFor(name, pooling: false);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (server is not null)
        {
            await server.StopAsync();
            try
            {
                Directory.Delete(dataDirectory!, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; the OS cleans /tmp.
            }
        }
    }

    private string ConnectionStringFor(string database, bool pooling) =>
        new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database, Pooling = pooling, MaxPoolSize = 30 }.ConnectionString;

    private async Task ExecuteAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(adminConnectionString);
        await conn.OpenAsync();
#pragma warning disable CA2100 // test-owned identifiers only
        await using var cmd = new NpgsqlCommand(sql, conn);
#pragma warning restore CA2100
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task PublishWorkflowsAsync(string connectionString)
    {
        var store = new WorkflowDefinitionStore(TimeProvider.System);
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Workflows, "*.bpmn"))
        {
            await using var tx = await conn.BeginTransactionAsync();
            await store.PublishAsync(new WorkflowSession(conn, tx), await File.ReadAllTextAsync(file));
            await tx.CommitAsync();
        }
    }
}
