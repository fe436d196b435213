using CaseManagement.Workflows.Execution;
using Npgsql;

namespace CaseManagement.Workflows.Hosting;

/// <summary>Takes an instance's row lock and reads what a step needs, in one statement. Only the instance row is
/// locked (every step locks instance first, so no two steps deadlock); whether a task or timer is still awaited is
/// then read from the locked state itself, which is always current, not from the task or timer row.</summary>
internal sealed class InstanceLocks(WorkflowDefinitionStore definitions)
{
    private const string Columns = "i.id, i.definition_id, i.process_id, i.state::text, i.revision, i.last_seq, i.parent_instance_id";

    /// <summary>The instance of a task, locked; null when no such task exists.</summary>
    public Task<LockedInstance?> ByTaskAsync(WorkflowSession session, Guid taskId, CancellationToken ct) =>
        ReadAsync(session, $"SELECT {Columns} FROM wf_user_tasks t JOIN wf_instances i ON i.id = t.instance_id WHERE t.id = $1 FOR UPDATE OF i", taskId, ct);

    /// <summary>The instance of a timer, locked; null when no such timer exists.</summary>
    public Task<LockedInstance?> ByTimerAsync(WorkflowSession session, Guid timerId, CancellationToken ct) =>
        ReadAsync(session, $"SELECT {Columns} FROM wf_timers t JOIN wf_instances i ON i.id = t.instance_id WHERE t.id = $1 FOR UPDATE OF i", timerId, ct);

    public async Task<LockedInstance> ByIdAsync(WorkflowSession session, Guid instanceId, CancellationToken ct) =>
        await ReadAsync(session, $"SELECT {Columns} FROM wf_instances i WHERE i.id = $1 FOR UPDATE", instanceId, ct)
        ?? throw new InvalidOperationException($"workflow instance {instanceId} does not exist");

    private async Task<LockedInstance?> ReadAsync(WorkflowSession session, string sql, Guid id, CancellationToken ct)
    {
        Guid instanceId, definitionId;
        string processId, stateJson;
        int revision, lastSeq;
        Guid? parentId;
        await using (var cmd = session.Command(sql, id))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                return null;
            }

            (instanceId, definitionId, processId, stateJson, revision, lastSeq) = (reader.GetGuid(0), reader.GetGuid(1),
                reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetInt32(5));
            parentId = reader.IsDBNull(6) ? null : reader.GetGuid(6);
        }

        var process = await definitions.LoadAsync(session, definitionId, processId, ct);
        return new LockedInstance(instanceId, process, InstanceStateJson.Deserialize(stateJson), revision, lastSeq, parentId);
    }
}
