using CaseManagement.Testing.Database;

namespace CaseManagement.Core.Tests.Durability;

/// <summary>A node dies between a side effect and the outbox bookkeeping; the next node delivers again, recognisably.</summary>
public sealed class OutboxCrashTests(TestPostgres postgres)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_node_killed_after_delivering_but_before_marking_the_row_leaves_it_to_the_next_node_under_the_same_key()
    {
        // given a committed step whose service task waits in the outbox
        await using var db = await WorkflowDatabase.CreateAsync(postgres);
        await using var seen = await PgNotifications.ListenAsync(db.ConnectionString, HarnessChannels.Delivery);
        var instance = (await db.StartAsync(Processes.NotifyOnce, "notify_once", [new Dictionary<string, object?>()])).Single();
        var key = await db.QueryAsync<string>("SELECT idempotency_key FROM wf_outbox WHERE instance_id = $1 AND kind = 'service-task'", instance);

        // when a node delivers it and is killed before its dispatcher marks the row
        await using (var doomed = await NodeProcess.StartAsync(db.ConnectionString, "doomed", "--crash-on-delivery"))
        {
            await doomed.DiesAsync(Deadline);
            Assert.NotEqual(0, doomed.ExitCode);
        }

        Assert.Equal(1L, await db.QueryAsync<long>("SELECT count(*) FROM harness_deliveries WHERE idempotency_key = $1", key!));
        Assert.Null(await db.QueryAsync<DateTime?>("SELECT delivered_at FROM wf_outbox WHERE idempotency_key = $1", key!));

        // and another node starts
        await using var survivor = await NodeProcess.StartAsync(db.ConnectionString, "survivor");
        await seen.WaitUntilAsync(keys => keys.Count(k => k == key) >= 2, Deadline, survivor);

        // then the row is delivered (FOR UPDATE waits for the dispatcher's own commit) ...
        Assert.NotNull(await db.QueryAsync<DateTime?>("SELECT delivered_at FROM wf_outbox WHERE idempotency_key = $1 FOR UPDATE", key!));
        // the killed attempt rolled back with its node: the row counts only the survivor's
        Assert.Equal(1, await db.QueryAsync<int>("SELECT attempts FROM wf_outbox WHERE idempotency_key = $1", key!));
        // ... nothing was lost, and the repeat carries the same key, so the receiver can drop it
        Assert.Equal(2L, await db.QueryAsync<long>("SELECT count(*) FROM harness_deliveries WHERE idempotency_key = $1", key!));
        Assert.Equal(2L, await db.QueryAsync<long>("SELECT count(DISTINCT node) FROM harness_deliveries WHERE instance_id = $1", instance));
        Assert.Equal(1L, await db.QueryAsync<long>("SELECT count(DISTINCT idempotency_key) FROM harness_deliveries WHERE instance_id = $1", instance));
    }
}
