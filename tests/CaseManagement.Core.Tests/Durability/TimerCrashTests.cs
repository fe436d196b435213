using CaseManagement.Testing.Database;

namespace CaseManagement.Core.Tests.Durability;

/// <summary>A node dies while Quartz runs a workflow timer's job; Quartz recovers the job (RequestsRecovery) on
/// another node or on the restarted one, and the timer's step is applied exactly once.</summary>
public sealed class TimerCrashTests(TestPostgres postgres)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_node_killed_inside_the_timer_step_leaves_it_to_a_peer_which_applies_it_once()
    {
        await using var db = await WorkflowDatabase.CreateAsync(postgres);
        await using var fired = await PgNotifications.ListenAsync(db.ConnectionString, HarnessChannels.Timer);
        var (instance, timer) = await StartWaitingInstanceAsync(db);

        // when the node running the timer's job dies before the step commits
        await using (var doomed = await NodeProcess.StartAsync(db.ConnectionString, "doomed",
            "--scheduler-id", "doomed", "--crash-in-timer", "before-commit"))
        {
            await doomed.DiesAsync(Deadline);
        }

        // then nothing of the step is left, and Quartz still holds the job as executing on the dead node
        Assert.Equal("pending", await db.QueryAsync<string>("SELECT status FROM wf_timers WHERE id = $1", timer));
        Assert.Equal(0L, await TimerFiredAsync(db, instance));
        Assert.Equal(1L, await db.QueryAsync<long>(
            "SELECT count(*) FROM qrtz_fired_triggers WHERE instance_name = 'doomed' AND trigger_name = $1 AND requests_recovery", timer.ToString()));

        // and a peer node (another id) notices the dead one at a check-in and runs the job again
        await using var peer = await NodeProcess.StartAsync(db.ConnectionString, "peer", "--scheduler-id", "peer");
        await fired.WaitUntilAsync(p => p.Contains(timer + ":applied"), Deadline, peer);
        await AssertAppliedOnceAsync(db, instance, timer);
    }

    [Fact]
    public async Task A_node_killed_after_the_timer_step_committed_repeats_the_job_on_restart_and_the_repeat_changes_nothing()
    {
        await using var db = await WorkflowDatabase.CreateAsync(postgres);
        await using var fired = await PgNotifications.ListenAsync(db.ConnectionString, HarnessChannels.Timer);
        var (instance, timer) = await StartWaitingInstanceAsync(db);

        // when the node dies after the step's commit but before Quartz records the job as done
        await using (var doomed = await NodeProcess.StartAsync(db.ConnectionString, "doomed",
            "--scheduler-id", "node-1", "--crash-in-timer", "after-commit"))
        {
            await doomed.DiesAsync(Deadline);
        }

        Assert.Equal(1L, await TimerFiredAsync(db, instance));

        // and comes back under the same id (systemd restart): it recovers its own job at the first check-in
        await using var restarted = await NodeProcess.StartAsync(db.ConnectionString, "restarted", "--scheduler-id", "node-1");
        await fired.WaitUntilAsync(p => p.Contains(timer + ":repeat"), Deadline, restarted);

        // then the repeated firing found the timer spent: one TimerFired, one next task
        await AssertAppliedOnceAsync(db, instance, timer);
        Assert.Equal(2L, await db.QueryAsync<long>("SELECT count(*) FROM harness_timer_firings WHERE timer_id = $1", timer));
    }

    private static async Task<(Guid Instance, Guid Timer)> StartWaitingInstanceAsync(WorkflowDatabase db)
    {
        var instance = (await db.StartAsync(Processes.WaitUntilDue, "wait_until_due",
            [Processes.DueAt(DateTimeOffset.UtcNow.AddSeconds(1))])).Single();
        return (instance, await db.QueryAsync<Guid>("SELECT id FROM wf_timers WHERE instance_id = $1", instance));
    }

    private static Task<long> TimerFiredAsync(WorkflowDatabase db, Guid instance) =>
        db.QueryAsync<long>("SELECT count(*) FROM wf_history WHERE instance_id = $1 AND kind = 'TimerFired'", instance);

    private static async Task AssertAppliedOnceAsync(WorkflowDatabase db, Guid instance, Guid timer)
    {
        Assert.Equal("fired", await db.QueryAsync<string>("SELECT status FROM wf_timers WHERE id = $1", timer));
        Assert.Equal(1L, await TimerFiredAsync(db, instance));
        Assert.Equal(1L, await db.QueryAsync<long>("SELECT count(*) FROM wf_user_tasks WHERE instance_id = $1 AND element_id = 'act'", instance));
        Assert.Equal(1L, await db.QueryAsync<long>("SELECT count(*) FROM harness_timer_firings WHERE timer_id = $1 AND applied", timer));
    }
}
