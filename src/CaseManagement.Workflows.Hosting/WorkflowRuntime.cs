using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using NpgsqlTypes;

namespace CaseManagement.Workflows.Hosting;

/// <summary>Runs engine commands durably: locks the instance row, asks the pure engine for the next state,
/// and applies its host commands and history in the caller's transaction.</summary>
public sealed class WorkflowRuntime(WorkflowEngine engine, WorkflowDefinitionStore definitions, HostCommandApplier applier, TimeProvider clock)
{
    private CallActivities? callActivities;

    private CallActivities calls => callActivities ??= new CallActivities(this, definitions);

    /// <summary>Starts the latest published version of <paramref name="processId"/>.</summary>
    public async Task<WorkflowStep> StartAsync(
        WorkflowSession session, string processId, Guid instanceId, string? businessKey,
        IReadOnlyDictionary<string, object?> variables, CancellationToken ct = default)
    {
        var deployed = await definitions.FindLatestAsync(session, processId, ct)
            ?? throw new WorkflowNotPublishedException(processId);
        var result = await InsertAsync(session, deployed, instanceId, businessKey, null, variables, ct);
        await calls.FollowUpAsync(session, instanceId, result, depth: 0, ct);
        return Step(result, 1);
    }

    /// <summary>Creates an instance row from <see cref="WorkflowEngine.Start"/> and applies its first step.</summary>
    internal async Task<StepResult> InsertAsync(
        WorkflowSession session, DeployedDefinition deployed, Guid instanceId, string? businessKey, (Guid Id, string ElementId)? parent,
        IReadOnlyDictionary<string, object?> variables, CancellationToken ct)
    {
        var process = await definitions.LoadAsync(session, deployed.Id, deployed.ProcessId, ct);
        var now = clock.GetUtcNow();
        var result = engine.Start(process, new StartInstance(instanceId, variables, now));
        await session.ExecuteAsync(
            """
            INSERT INTO wf_instances (id, definition_id, process_id, business_key, status, state, revision, started_at, updated_at, ended_at,
                                      parent_instance_id, parent_element_id)
            VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $7, $8, $9, $10)
            """,
            ct, instanceId, deployed.Id, deployed.ProcessId, businessKey, result.State.Status.ToString(),
            Jsonb(InstanceStateJson.Serialize(result.State)), now, result.State.Status == InstanceStatus.Active ? null : now,
            parent?.Id, parent?.ElementId);
        await applier.ApplyAsync(session, instanceId, result, 0, ct);
        return result;
    }

    /// <summary>Completes an open user task and advances the instance.</summary>
    /// <exception cref="WorkflowConflictException">the task is no longer open.</exception>
    public async Task<WorkflowStep> CompleteUserTaskAsync(
        WorkflowSession session, Guid taskId, string completedBy,
        IReadOnlyDictionary<string, object?> variables, CancellationToken ct = default)
    {
        var instanceId = await InstanceOfTaskAsync(session, taskId, ct);
        var locked = await LockAsync(session, instanceId, ct);
        await using (var check = session.Command("SELECT status FROM wf_user_tasks WHERE id = $1", taskId))
        {
            if ((string?)await check.ExecuteScalarAsync(ct) != "open")
            {
                throw new WorkflowConflictException(WorkflowConflictReason.TaskNotOpen, $"task {taskId} is no longer open");
            }
        }

        var now = clock.GetUtcNow();
        var result = engine.Execute(locked.Process, locked.State, new CompleteUserTask(taskId, variables, now));
        await session.ExecuteAsync(
            "UPDATE wf_user_tasks SET status = 'completed', completed_at = $2, completed_by = $3, revision = revision + 1 WHERE id = $1",
            ct, taskId, now, completedBy);
        return await SaveAsync(session, instanceId, locked.Revision, result, ct);
    }

    /// <summary>Delivers a due timer; a timer that is no longer pending (fired twice, cancelled) changes nothing.</summary>
    public async Task<WorkflowStep?> FireTimerAsync(WorkflowSession session, Guid timerId, CancellationToken ct = default)
    {
        Guid instanceId;
        await using (var find = session.Command("SELECT instance_id FROM wf_timers WHERE id = $1 AND status = 'pending'", timerId))
        {
            if (await find.ExecuteScalarAsync(ct) is not Guid id)
            {
                return null;
            }

            instanceId = id;
        }

        var locked = await LockAsync(session, instanceId, ct);
        var claimed = await session.ExecuteAsync(
            "UPDATE wf_timers SET status = 'fired', fired_at = $2 WHERE id = $1 AND status = 'pending'", ct, timerId, clock.GetUtcNow());
        if (claimed == 0 || locked.State.Status != InstanceStatus.Active)
        {
            return null;
        }

        var result = engine.Execute(locked.Process, locked.State, new FireTimer(timerId, clock.GetUtcNow()));
        return await SaveAsync(session, instanceId, locked.Revision, result, ct);
    }

    private async Task<WorkflowStep> SaveAsync(WorkflowSession session, Guid instanceId, int revision, StepResult result, CancellationToken ct, int depth = 0)
    {
        var now = clock.GetUtcNow();
        await session.ExecuteAsync(
            "UPDATE wf_instances SET state = $2, status = $3, revision = revision + 1, updated_at = $4, ended_at = $5 WHERE id = $1",
            ct, instanceId, Jsonb(InstanceStateJson.Serialize(result.State)), result.State.Status.ToString(), now,
            result.State.Status == InstanceStatus.Active ? null : now);
        await applier.ApplyAsync(session, instanceId, result, await LastSeqAsync(session, instanceId, ct), ct);
        await calls.FollowUpAsync(session, instanceId, result, depth, ct);
        return Step(result, revision + 1);
    }

    /// <summary>Applies one engine command to a locked instance (used for call activity follow-ups).</summary>
    internal async Task<StepResult> ExecuteLockedAsync(WorkflowSession session, Guid instanceId, Func<DateTimeOffset, EngineCommand> command, int depth, CancellationToken ct)
    {
        var locked = await LockAsync(session, instanceId, ct);
        var result = engine.Execute(locked.Process, locked.State, command(clock.GetUtcNow()));
        if (result.Commands.Count > 0 || result.History.Count > 0)
        {
            await SaveAsync(session, instanceId, locked.Revision, result, ct, depth);
        }

        return result;
    }

    private async Task<LockedInstance> LockAsync(WorkflowSession session, Guid instanceId, CancellationToken ct)
    {
        Guid definitionId;
        string processId, stateJson;
        int revision;
        await using (var cmd = session.Command(
            "SELECT definition_id, process_id, state::text, revision FROM wf_instances WHERE id = $1 FOR UPDATE", instanceId))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                throw new InvalidOperationException($"workflow instance {instanceId} does not exist");
            }

            (definitionId, processId, stateJson, revision) = (reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3));
        }

        var process = await definitions.LoadAsync(session, definitionId, processId, ct);
        return new LockedInstance(process, InstanceStateJson.Deserialize(stateJson), revision);
    }

    private static async Task<Guid> InstanceOfTaskAsync(WorkflowSession session, Guid taskId, CancellationToken ct)
    {
        await using var cmd = session.Command("SELECT instance_id FROM wf_user_tasks WHERE id = $1", taskId);
        return await cmd.ExecuteScalarAsync(ct) as Guid?
            ?? throw new WorkflowConflictException(WorkflowConflictReason.TaskNotFound, $"task {taskId} does not exist");
    }

    private static async Task<int> LastSeqAsync(WorkflowSession session, Guid instanceId, CancellationToken ct)
    {
        await using var cmd = session.Command("SELECT coalesce(max(seq), 0) FROM wf_history WHERE instance_id = $1", instanceId);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static WorkflowStep Step(StepResult result, int revision) => new(
        result.State.InstanceId, result.State.Status, revision,
        result.Commands.OfType<Commands.CreateUserTask>().ToList(), result.State.Variables);

    private static Npgsql.NpgsqlParameter Jsonb(string json) => new() { Value = json, NpgsqlDbType = NpgsqlDbType.Jsonb };

    private sealed record LockedInstance(Model.ProcessDefinition Process, InstanceState State, int Revision);
}
