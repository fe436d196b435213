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

    [Fact]
    public async Task History_written_before_steps_were_stored_as_rows_reads_back_the_same_through_the_view()
    {
        var cs = await postgres.CreateEmptyDatabaseAsync();
        var all = SqlMigration.Embedded();
        await migrator.MigrateAsync(cs, all.Where(m => string.CompareOrdinal(m.FileName, "0035") < 0).ToList());
        const string before = """
            INSERT INTO wf_definitions (id, process_id, version, bpmn_xml, checksum, published_at)
            VALUES ('00000000-0000-0000-0000-0000000000d1', 'p', 1, '<x/>', 'c', '2026-11-22T00:00:00Z');
            INSERT INTO wf_instances (id, definition_id, process_id, status, state, started_at, updated_at, last_seq)
            VALUES ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-0000000000d1', 'p', 'Active', '{}', now(), now(), 3);
            INSERT INTO wf_history (instance_id, seq, at, kind, element_id, element_type, data) VALUES
                ('00000000-0000-0000-0000-0000000000a1', 1, '2026-11-22T09:00:00.123456+09:00', 'InstanceStarted', NULL, NULL, NULL),
                ('00000000-0000-0000-0000-0000000000a1', 2, '2026-11-22T00:00:01Z', 'ElementEntered', 'review', 'userTask', NULL),
                ('00000000-0000-0000-0000-0000000000a1', 3, '2026-11-22T00:00:02Z', 'VariablesChanged', NULL, NULL, '{"a": null, "名前": "花子"}');
            """;
        const string rows = "SELECT string_agg(format('%s|%s|%s|%s|%s|%s', seq, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), kind, element_id, element_type, data), ';' ORDER BY seq) FROM wf_history";
        await using (var conn = new NpgsqlConnection(cs))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(before, conn);
            await cmd.ExecuteNonQueryAsync();
        }

        var old = await TextAsync(cs, rows);
        await migrator.MigrateAsync(cs, all);

        Assert.Equal(old, await TextAsync(cs, rows));
        Assert.Contains("3|2026-11-22 00:00:02.000000|VariablesChanged|||{\"a\": null, \"名前\": \"花子\"}", old, StringComparison.Ordinal);
        Assert.Equal(3L, await ScalarAsync(cs, "SELECT count(*) FROM wf_history_steps"));
    }

    private static async Task<string> TextAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task<long> ScalarAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
