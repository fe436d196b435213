using CaseManagement.Core.Common.Database;
using CaseManagement.Testing.Database;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CaseManagement.Core.Tests.Common;

/// <summary>Migrations apply once, in order, under a lock; an edited applied file stops the start.</summary>
public sealed class SqlMigratorTests(TestPostgres postgres)
{
    private readonly SqlMigrator migrator = new(NullLogger<SqlMigrator>.Instance);

    [Fact]
    public async Task The_shipped_migrations_apply_once_and_a_second_run_applies_nothing()
    {
        var cs = await postgres.CreateEmptyDatabaseAsync();

        var first = await migrator.MigrateAsync(cs, SqlMigration.Embedded());
        var second = await migrator.MigrateAsync(cs, SqlMigration.Embedded());

        Assert.Equal(SqlMigration.Embedded().Count, first);
        Assert.Equal(0, second);
        Assert.Contains("0002_quartz_job_store.sql", SqlMigration.Embedded().Select(m => m.FileName));
        Assert.Equal(1L, await ScalarAsync(cs, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'qrtz_triggers'"));
    }

    [Fact]
    public async Task An_edited_applied_migration_stops_with_a_message_naming_the_file()
    {
        var cs = await postgres.CreateEmptyDatabaseAsync();
        await migrator.MigrateAsync(cs, [new SqlMigration("0001_a.sql", "CREATE TABLE a (id int);")]);

        var e = await Assert.ThrowsAsync<MigrationChecksumException>(() =>
            migrator.MigrateAsync(cs, [new SqlMigration("0001_a.sql", "CREATE TABLE a (id bigint);"), new SqlMigration("0002_b.sql", "CREATE TABLE b (id int);")]));

        Assert.Contains("db/migrations/0001_a.sql", e.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync(cs, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'b'"));
    }

    [Fact]
    public async Task A_failing_migration_leaves_no_half_applied_file()
    {
        var cs = await postgres.CreateEmptyDatabaseAsync();

        await Assert.ThrowsAsync<PostgresException>(() =>
            migrator.MigrateAsync(cs, [new SqlMigration("0001_bad.sql", "CREATE TABLE c (id int); SELECT * FROM no_such_table;")]));

        Assert.Equal(0L, await ScalarAsync(cs, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'c'"));
        Assert.Equal(0L, await ScalarAsync(cs, "SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Nodes_starting_together_apply_each_migration_exactly_once()
    {
        var cs = await postgres.CreateEmptyDatabaseAsync();

        var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => migrator.MigrateAsync(cs, SqlMigration.Embedded())));

        Assert.Equal(SqlMigration.Embedded().Count, counts.Sum());
    }

    private static async Task<long> ScalarAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
