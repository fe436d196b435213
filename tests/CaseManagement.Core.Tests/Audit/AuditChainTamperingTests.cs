using CaseManagement.Core.Audit;
using CaseManagement.Core.Consultations;
using CaseManagement.Testing.Core;
using Npgsql;

namespace CaseManagement.Core.Tests.Audit;

/// <summary>The audit chain names the first row that was altered, deleted or slipped in by someone with more rights
/// than the application (the owner, here), and the application's own role cannot change a row at all.
/// The tests share one database: each starts from a fresh chain.</summary>
public sealed class AuditChainTamperingTests(CoreTestHost host) : IClassFixture<CoreTestHost>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() =>
        // As an owner restoring from a backup would: an empty log and the head back at the genesis hash.
        await AuditDatabase.ExecuteAsync(host.OwnerConnectionString, """
            TRUNCATE audit_log;
            UPDATE audit_chain_head SET last_id = 0, last_hash = decode(repeat('00', 32), 'hex');
            """);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task An_untouched_chain_verifies_and_its_head_is_the_last_row()
    {
        await WriteSomeRowsAsync(3);
        var last = await AuditDatabase.ScalarAsync<long>(host.ConnectionString, "SELECT max(id) FROM audit_log");

        var result = await host.SendAsync(host.Auditor, new VerifyAuditChain());

        Assert.True(result.Intact, result.ToString());
        Assert.Equal(last, result.LastId);
        Assert.Equal(await AuditDatabase.ScalarAsync<long>(host.ConnectionString, "SELECT count(*) FROM audit_log WHERE id <= $1", last), result.RowsChecked);
        Assert.Equal(Convert.ToHexStringLower(await AuditDatabase.ScalarAsync<byte[]>(host.ConnectionString, "SELECT hash FROM audit_log WHERE id = $1", last)), result.HeadHash);
    }

    [Fact]
    public async Task A_row_altered_by_the_owner_is_named()
    {
        var ids = await WriteSomeRowsAsync(3);
        var victim = ids[1];

        await AuditDatabase.ExecuteAsync(host.OwnerConnectionString, "UPDATE audit_log SET ip = '203.0.113.99' WHERE id = $1", victim);

        var result = await host.SendAsync(host.Auditor, new VerifyAuditChain());
        Assert.False(result.Intact);
        Assert.Equal((victim, AuditChainProblem.Altered), (result.FirstBrokenId, result.Problem));
    }

    [Fact]
    public async Task A_row_deleted_by_the_owner_is_named_and_the_next_row_is_where_the_chain_breaks()
    {
        var ids = await WriteSomeRowsAsync(3);
        var victim = ids[2];

        await AuditDatabase.ExecuteAsync(host.OwnerConnectionString, "DELETE FROM audit_log WHERE id = $1", victim);

        var result = await host.SendAsync(host.Auditor, new VerifyAuditChain());
        Assert.False(result.Intact);
        Assert.Equal((ids[3], AuditChainProblem.Missing, victim.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (result.FirstBrokenId, result.Problem, result.MissingRange));
    }

    [Fact]
    public async Task The_last_row_deleted_by_the_owner_is_missed_against_the_chain_head()
    {
        await WriteSomeRowsAsync(2);
        var last = await AuditDatabase.ScalarAsync<long>(host.OwnerConnectionString, "SELECT last_id FROM audit_chain_head");

        await AuditDatabase.ExecuteAsync(host.OwnerConnectionString, "DELETE FROM audit_log WHERE id = $1", last);

        var result = await host.SendAsync(host.Auditor, new VerifyAuditChain());
        Assert.Equal((false, last, AuditChainProblem.Missing), (result.Intact, result.FirstBrokenId, result.Problem));
    }

    [Fact]
    public async Task A_row_slipped_in_with_a_correctly_computed_hash_is_named()
    {
        // given a gap in the ids (a rolled-back append leaves one), and rows on both sides of it
        var before = await WriteSomeRowsAsync(1);
        await AuditDatabase.ScalarAsync<long>(host.OwnerConnectionString, "SELECT nextval('audit_log_id_seq')");
        var after = await WriteSomeRowsAsync(1);
        Assert.Equal(2, before.Count);
        var gap = before[^1] + 1;
        Assert.Equal(gap + 1, after[0]);

        // when the owner fills the gap with a row chained exactly as audit_append would have
        await AuditDatabase.ExecuteAsync(host.OwnerConnectionString, """
            INSERT INTO audit_log (id, at, kind, actor, action, outcome, prev_hash, hash)
            SELECT $1, now(), 'read', 'staff:nobody', 'GetCaseConsultation', 'succeeded', p.hash,
                   audit_row_hash($1, now(), 'read', 'staff:nobody', NULL, NULL, NULL, 'GetCaseConsultation', NULL, 'succeeded', NULL, p.hash)
            FROM audit_log p WHERE p.id = $2
            """, gap, before[^1]);

        var result = await host.SendAsync(host.Auditor, new VerifyAuditChain());
        Assert.Equal((false, gap, AuditChainProblem.Inserted), (result.Intact, result.FirstBrokenId, result.Problem));
    }

    [Fact]
    public async Task A_row_added_beyond_the_chain_head_is_named()
    {
        await WriteSomeRowsAsync(1);
        var forged = await AuditDatabase.ScalarAsync<long>(host.OwnerConnectionString, "SELECT nextval('audit_log_id_seq')");

        await AuditDatabase.ExecuteAsync(host.OwnerConnectionString, """
            INSERT INTO audit_log (id, at, kind, actor, action, outcome, prev_hash, hash)
            SELECT $1, now(), 'command', 'system', 'Forged', 'succeeded', last_hash, last_hash FROM audit_chain_head
            """, forged);

        var result = await host.SendAsync(host.Auditor, new VerifyAuditChain());
        Assert.Equal((false, forged, AuditChainProblem.Inserted), (result.Intact, result.FirstBrokenId, result.Problem));
    }

    [Theory]
    [InlineData("UPDATE audit_log SET outcome = 'succeeded'")]
    [InlineData("DELETE FROM audit_log")]
    [InlineData("TRUNCATE audit_log")]
    [InlineData("INSERT INTO audit_log (id, at, kind, actor, action, outcome, prev_hash, hash) VALUES (1, now(), 'read', 'x', 'y', 'z', '', '')")]
    [InlineData("UPDATE audit_chain_head SET last_id = 0")]
    public async Task The_application_role_may_not_change_audit_rows(string sql)
    {
        await WriteSomeRowsAsync(1);

        var e = await Assert.ThrowsAsync<PostgresException>(() => AuditDatabase.ExecuteAsync(host.ConnectionString, sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, e.SqlState);
        Assert.StartsWith("permission denied for table", e.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_application_role_may_not_change_a_partition_directly_either()
    {
        await WriteSomeRowsAsync(1);
        var partition = await AuditDatabase.ScalarAsync<string>(host.OwnerConnectionString,
            "SELECT tableoid::regclass::text FROM audit_log ORDER BY id DESC LIMIT 1");
        Assert.StartsWith("audit_log_", partition, StringComparison.Ordinal);

        var e = await Assert.ThrowsAsync<PostgresException>(() => AuditDatabase.ExecuteAsync(host.ConnectionString, $"DELETE FROM {partition}"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, e.SqlState);
    }

    // Runs consultations through the real pipeline (two rows each: StartConsultation and the nested OpenCase);
    // returns the ids of every row they wrote, oldest first.
    private async Task<List<long>> WriteSomeRowsAsync(int commands)
    {
        var before = await AuditDatabase.ScalarAsync<long>(host.ConnectionString, "SELECT coalesce(max(id), 0) FROM audit_log");
        for (var i = 0; i < commands; i++)
        {
            await host.SendAsync(TestActor.Resident, new StartConsultation("child", "改ざん検知の確認 " + i, TestPin.Default));
        }

        var ids = new List<long>();
        await using var conn = new NpgsqlConnection(host.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT id FROM audit_log WHERE id > $1 ORDER BY id", conn)
        {
            Parameters = { new() { Value = before } },
        };
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
