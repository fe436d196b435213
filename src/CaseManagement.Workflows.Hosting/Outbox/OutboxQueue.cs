using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace CaseManagement.Workflows.Hosting.Outbox;

/// <summary>Puts an application's own side effect (an e-mail, a LINE message) into the outbox inside the caller's
/// transaction, so it is delivered after commit, at least once, or not at all when the command rolls back. A second
/// row with the same idempotency key is ignored.</summary>
public sealed class OutboxQueue(TimeProvider clock)
{
    public async Task EnqueueAsync<T>(WorkflowSession session, string kind, string idempotencyKey, T payload, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(session.Connection, session.Transaction);
        batch.BatchCommands.Add(HostCommandApplier.Sql(
            """
            INSERT INTO wf_outbox (instance_id, kind, idempotency_key, payload, created_at, available_at)
            VALUES (NULL, $1, $2, $3, $4, $4) ON CONFLICT (idempotency_key) DO NOTHING
            """,
            kind, idempotencyKey, new NpgsqlParameter { Value = JsonSerializer.Serialize(payload), NpgsqlDbType = NpgsqlDbType.Jsonb }, clock.GetUtcNow()));
        // NOTIFY is sent at commit: the dispatcher wakes only for rows that exist.
        batch.BatchCommands.Add(OutboxRows.Notify());
        await batch.ExecuteNonQueryAsync(ct);
    }
}
