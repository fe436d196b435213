using System.Text.Json;
using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using Npgsql;
using NpgsqlTypes;

namespace CaseManagement.Workflows.Hosting.Outbox;

/// <summary>Turns the host commands that have effects outside the database into outbox inserts of the step.</summary>
internal static class OutboxRows
{
    private const string Insert =
        """
        INSERT INTO wf_outbox (instance_id, kind, idempotency_key, payload, created_at, available_at)
        VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (idempotency_key) DO NOTHING
        """;

    public static NpgsqlBatchCommand? For(HostCommand command, Guid instanceId, DateTimeOffset now) => command switch
    {
        ScheduleTimer t => Row(instanceId, OutboxKinds.ScheduleTimer, $"timer:{t.TimerId}:schedule",
            new TimerPayload(t.TimerId, instanceId, t.ElementId, t.DueAt), now),
        CancelTimer t => Row(instanceId, OutboxKinds.CancelTimer, $"timer:{t.TimerId}:cancel",
            new TimerPayload(t.TimerId, instanceId, t.ElementId, null), now),
        InvokeServiceTask s => Row(instanceId, OutboxKinds.ServiceTask, InvokedServiceTask.KeyOf(s.InvocationId),
            new ServiceTaskPayload(s.ElementId, s.Type, InstanceStateJson.SerializeVariables(s.Inputs)), now),
        _ => null,
    };

    public static NpgsqlBatchCommand Notify() => new("SELECT pg_notify('" + OutboxKinds.Channel + "', '')");

    private static NpgsqlBatchCommand Row<T>(Guid instanceId, string kind, string key, T payload, DateTimeOffset now) =>
        HostCommandApplier.Sql(Insert, instanceId, kind, key,
            new NpgsqlParameter { Value = JsonSerializer.Serialize(payload), NpgsqlDbType = NpgsqlDbType.Jsonb }, now);
}
