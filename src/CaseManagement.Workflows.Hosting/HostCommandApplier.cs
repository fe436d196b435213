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

    // All of a step's history events in one row of wf_history_steps (ADR 0023): a jsonb array whose events take the
    // sequence numbers after lastSeq, in the engine's order. The view wf_history reads them back one row per event.
    // Absent keys, not JSON nulls, stand for missing values, so an event's data can never be confused with a null.
    private static NpgsqlBatchCommand History(Guid instanceId, int lastSeq, IReadOnlyList<HistoryEvent> history)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128 * history.Count);
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var e in history)
            {
                json.WriteStartObject();
                json.WriteString("at", e.At.ToUniversalTime());
                json.WriteString("kind", e.Kind);
                if (e.ElementId is not null)
                {
                    json.WriteString("elementId", e.ElementId);
                }

                if (e.ElementType is not null)
                {
                    json.WriteString("elementType", e.ElementType);
                }

                if (e.Data is not null)
                {
                    json.WritePropertyName("data");
                    json.WriteRawValue(e.Data);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Sql(
            "INSERT INTO wf_history_steps (instance_id, first_seq, events) VALUES ($1, $2, $3)",
            instanceId, lastSeq + 1, new NpgsqlParameter { Value = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan), NpgsqlDbType = NpgsqlDbType.Jsonb });
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
