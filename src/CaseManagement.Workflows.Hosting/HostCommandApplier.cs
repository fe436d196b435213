using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using Npgsql;
using NpgsqlTypes;

namespace CaseManagement.Workflows.Hosting;

/// <summary>Carries out the engine's host commands and appends its history, in order, in the step's transaction.</summary>
public sealed class HostCommandApplier(TimeProvider clock)
{
    /// <summary>Sends <paramref name="leading"/> (the step's own row updates) and everything the step asks for
    /// in one batch: one round trip.</summary>
    public async Task ApplyAsync(WorkflowSession session, Guid instanceId, StepResult result, int lastSeq, CancellationToken ct, params NpgsqlBatchCommand[] leading)
    {
        await using var batch = new NpgsqlBatch(session.Connection, session.Transaction);
        foreach (var command in leading)
        {
            batch.BatchCommands.Add(command);
        }

        var now = clock.GetUtcNow();
        var outbox = 0;
        foreach (var command in result.Commands)
        {
            if (Outbox.OutboxRows.For(command, instanceId, now) is { } row)
            {
                batch.BatchCommands.Add(row);
                outbox++;
            }

            // Call activities are carried out by the runtime after this step (they run other instances).
            if (command is InvokeServiceTask or StartCallActivity or CancelCallActivity)
            {
                continue;
            }

            batch.BatchCommands.Add(command switch
            {
                CreateUserTask t => Sql(
                    """
                    INSERT INTO wf_user_tasks (id, instance_id, element_id, name, queue, assignee, form_key, due_at, status, created_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9)
                    """,
                    t.TaskId, instanceId, t.ElementId, t.Name, t.Queue, t.Assignee, t.FormKey, t.DueAt, now),
                CancelUserTask t => Sql(
                    "UPDATE wf_user_tasks SET status = 'cancelled', revision = revision + 1 WHERE id = $1 AND status = 'open'", t.TaskId),
                ScheduleTimer t => Sql(
                    "INSERT INTO wf_timers (id, instance_id, element_id, due_at, status, created_at) VALUES ($1, $2, $3, $4, 'pending', $5)",
                    t.TimerId, instanceId, t.ElementId, t.DueAt, now),
                CancelTimer t => Sql("UPDATE wf_timers SET status = 'cancelled' WHERE id = $1 AND status = 'pending'", t.TimerId),
                InstanceCompleted => Sql(
                    "UPDATE wf_user_tasks SET status = 'cancelled', revision = revision + 1 WHERE instance_id = $1 AND status = 'open'", instanceId),
                _ => throw new NotSupportedException(
                    $"Expected a host command this host can apply but got {command.GetType().Name}."),
            });
        }

        if (result.History.Count > 0)
        {
            batch.BatchCommands.Add(History(instanceId, lastSeq, result.History));
        }

        if (outbox > 0)
        {
            batch.BatchCommands.Add(Outbox.OutboxRows.Notify());
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(ct);
        }
    }

    // All of a step's history rows in one statement (arrays unnested), not one INSERT each: the same SQL text for any
    // number of rows, so it is parsed and planned once per connection, and one executor run instead of 5–8
    // (docs/PERFORMANCE.md). Sequence numbers follow lastSeq in the engine's order.
    private static NpgsqlBatchCommand History(Guid instanceId, int lastSeq, IReadOnlyList<HistoryEvent> history)
    {
        var at = new DateTimeOffset[history.Count];
        var kind = new string[history.Count];
        var elementId = new string?[history.Count];
        var elementType = new string?[history.Count];
        var data = new string?[history.Count];
        for (var i = 0; i < history.Count; i++)
        {
            var e = history[i];
            (at[i], kind[i], elementId[i], elementType[i], data[i]) = (e.At.ToUniversalTime(), e.Kind, e.ElementId, e.ElementType, e.Data);
        }

        return Sql(
            """
            INSERT INTO wf_history (instance_id, seq, at, kind, element_id, element_type, data)
            SELECT $1, $2 + h.n, h.at, h.kind, h.element_id, h.element_type, h.data
            FROM unnest($3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::jsonb[]) WITH ORDINALITY AS h (at, kind, element_id, element_type, data, n)
            """,
            instanceId, lastSeq, at, kind, elementId, elementType,
            new NpgsqlParameter { Value = data, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Callers pass constant SQL; values always go in parameters.")]
    internal static NpgsqlBatchCommand Sql(string sql, params object?[] args)
    {
        var cmd = new NpgsqlBatchCommand(sql);
        foreach (var a in args)
        {
            cmd.Parameters.Add(DbValue.Parameter(a));
        }

        return cmd;
    }
}
