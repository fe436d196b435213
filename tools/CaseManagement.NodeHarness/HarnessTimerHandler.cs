using CaseManagement.Workflows.Hosting;
using CaseManagement.Workflows.Hosting.Timers;
using Npgsql;

namespace CaseManagement.NodeHarness;

/// <summary>Fires a timer like the default handler, records in the same transaction whether the step was applied
/// (false: it was already fired), announces it on <see cref="HarnessSchema.TimerChannel"/> at commit, and can die
/// inside the step or right after its commit.</summary>
public sealed class HarnessTimerHandler(NpgsqlDataSource dataSource, WorkflowRuntime runtime, HarnessOptions options) : IWorkflowTimerHandler
{
    public async Task FireAsync(Guid timerId, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var step = await runtime.FireTimerAsync(new WorkflowSession(conn, tx), timerId, ct);
        if (options.CrashInTimer == CrashPoint.BeforeCommit)
        {
            Crash.Now($"inside the step of timer {timerId}, before its commit");
        }

        await using (var record = new NpgsqlCommand(
            $"""
            WITH f AS (INSERT INTO harness_timer_firings (timer_id, applied, node, pid) VALUES ($1, $2, $3, $4) RETURNING timer_id, applied)
            SELECT pg_notify('{HarnessSchema.TimerChannel}', timer_id::text || CASE WHEN applied THEN ':applied' ELSE ':repeat' END) FROM f
            """, conn, tx))
        {
            record.Parameters.Add(new NpgsqlParameter { Value = timerId });
            record.Parameters.Add(new NpgsqlParameter { Value = step is not null });
            record.Parameters.Add(new NpgsqlParameter { Value = options.NodeName });
            record.Parameters.Add(new NpgsqlParameter { Value = Environment.ProcessId });
            await record.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        if (options.CrashInTimer == CrashPoint.AfterCommit)
        {
            Crash.Now($"after the step of timer {timerId} committed, before Quartz marked the job done");
        }
    }
}
