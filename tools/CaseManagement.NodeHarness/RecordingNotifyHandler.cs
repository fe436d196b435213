using CaseManagement.Workflows.Abstractions;
using Npgsql;

namespace CaseManagement.NodeHarness;

/// <summary>The "notify" service task as an outside system would see it: every call is recorded (committed at once,
/// like a sent e-mail) with its idempotency key, and announced on <see cref="HarnessSchema.DeliveryChannel"/>.</summary>
public sealed class RecordingNotifyHandler(NpgsqlDataSource dataSource, HarnessOptions options) : IServiceTaskHandler
{
    public string Type => "notify";

    public async Task HandleAsync(Guid instanceId, string elementId, IReadOnlyDictionary<string, object?> inputs, string idempotencyKey, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand(
            $"""
            WITH d AS (INSERT INTO harness_deliveries (idempotency_key, instance_id, element_id, node, pid)
                       VALUES ($1, $2, $3, $4, $5) RETURNING idempotency_key)
            SELECT pg_notify('{HarnessSchema.DeliveryChannel}', idempotency_key) FROM d
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = idempotencyKey });
        cmd.Parameters.Add(new NpgsqlParameter { Value = instanceId });
        cmd.Parameters.Add(new NpgsqlParameter { Value = elementId });
        cmd.Parameters.Add(new NpgsqlParameter { Value = options.NodeName });
        cmd.Parameters.Add(new NpgsqlParameter { Value = Environment.ProcessId });
        await cmd.ExecuteNonQueryAsync(ct);
        if (options.CrashOnDelivery)
        {
            // The side effect happened, the dispatcher has not yet marked the outbox row delivered.
            Crash.Now($"after delivering {idempotencyKey}, before the outbox row was marked");
        }
    }
}
