using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using NpgsqlTypes;

namespace CaseManagement.Workflows.Hosting;

/// <summary>Runs engine commands durably: locks the instance row, asks the pure engine for the next state,
/// and applies its host commands and history in the caller's transaction.</summary>
public sealed class WorkflowRuntime(WorkflowEngine engine, WorkflowDefinitionStore definitions, HostCommandApplier applier, TimeProvider clock)
{
    private readonly InstanceLocks locks = new(definitions);
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
        await calls.FollowUpAsync(session, instanceId, null, result, depth: 0, ct);
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
        var insert = HostCommandApplier.Sql(
            """
            INSERT INTO wf_instances (id, definition_id, process_id, business_key, status, state, revision, started_at, updated_at, ended_at,
                                      parent_instance_id, parent_element_id, last_seq)
            VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $7, $8, $9, $10, $11)
            """,
            instanceId, deployed.Id, deployed.ProcessId, businessKey, result.State.Status.ToString(),
            Jsonb(InstanceStateJson.Serialize(result.State)), now, result.State.Status == InstanceStatus.Active ? null : now,
            parent?.Id, parent?.ElementId, result.History.Count);
        await applier.ApplyAsync(session, instanceId, result, 0, ct, insert);
        return result;
    }

    /// <summary>Completes an open user task and advances the instance.</summary>
    /// <exception cref="WorkflowConflictException">the task does not exist or is no longer open.</exception>
    public async Task<WorkflowStep> CompleteUserTaskAsync(
        WorkflowSession session, Guid taskId, string completedBy,
        IReadOnlyDictionary<string, object?> variables, CancellationToken ct = default)
    {
        var locked = await locks.ByTaskAsync(session, taskId, ct)
            ?? throw new WorkflowConflictException(WorkflowConflictReason.TaskNotFound, $"task {taskId} does not exist");
        if (!locked.Awaits(taskId, SubscriptionKind.UserTask))
        {
            throw new WorkflowConflictException(WorkflowConflictReason.TaskNotOpen, $"task {taskId} is no longer open");
        }

        var now = clock.GetUtcNow();
        var result = engine.Execute(locked.Process, locked.State, new CompleteUserTask(taskId, variables, now));
        return await SaveAsync(session, locked, result, 0, ct, HostCommandApplier.Sql(
            "UPDATE wf_user_tasks SET status = 'completed', completed_at = $2, completed_by = $3, revision = revision + 1 WHERE id = $1",
            taskId, now, completedBy));
    }

    /// <summary>Delivers a due timer; a timer that is no longer pending (fired twice, cancelled) changes nothing.</summary>
    public async Task<WorkflowStep?> FireTimerAsync(WorkflowSession session, Guid timerId, CancellationToken ct = default)
    {
        // A timer fired twice, after it was cancelled, or after its instance ended: nothing to do.
        if (await locks.ByTimerAsync(session, timerId, ct) is not { } locked || !locked.Awaits(timerId, SubscriptionKind.Timer))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var spent = HostCommandApplier.Sql("UPDATE wf_timers SET status = 'fired', fired_at = $2 WHERE id = $1 AND status = 'pending'", timerId, now);
        var result = engine.Execute(locked.Process, locked.State, new FireTimer(timerId, now));
        return await SaveAsync(session, locked, result, 0, ct, spent);
    }

    /// <summary>Delivers a message (e.g. payment-received) to an instance waiting for it by name; its variables are
    /// merged. Messages are not buffered: an instance that does not wait for it refuses it.</summary>
    /// <exception cref="WorkflowConflictException">the instance does not wait for this message.</exception>
    public async Task<WorkflowStep> CorrelateMessageAsync(
        WorkflowSession session, Guid instanceId, string messageName, IReadOnlyDictionary<string, object?> variables, CancellationToken ct = default)
    {
        var locked = await locks.ByIdAsync(session, instanceId, ct);
        if (locked.State.Status != InstanceStatus.Active
            || !locked.State.Subscriptions.Any(s => s.Kind == SubscriptionKind.Message && s.MessageName == messageName))
        {
            throw new WorkflowConflictException(WorkflowConflictReason.MessageNotAwaited, $"instance {instanceId} does not wait for '{messageName}'");
        }

        var result = engine.Execute(locked.Process, locked.State, new CorrelateMessage(messageName, variables, clock.GetUtcNow()));
        return await SaveAsync(session, locked, result, 0, ct);
    }

    /// <summary>Applies one engine command to a locked instance (used for call activity follow-ups).</summary>
    internal async Task<StepResult> ExecuteLockedAsync(WorkflowSession session, Guid instanceId, Func<DateTimeOffset, EngineCommand> command, int depth, CancellationToken ct)
    {
        var locked = await locks.ByIdAsync(session, instanceId, ct);
        var result = engine.Execute(locked.Process, locked.State, command(clock.GetUtcNow()));
        if (result.Commands.Count > 0 || result.History.Count > 0)
        {
            await SaveAsync(session, locked, result, depth, ct);
        }

        return result;
    }

    // One batch: the caller's row updates, the instance's new state and history counter, host commands, history.
    private async Task<WorkflowStep> SaveAsync(
        WorkflowSession session, LockedInstance locked, StepResult result, int depth, CancellationToken ct, params Npgsql.NpgsqlBatchCommand[] leading)
    {
        var now = clock.GetUtcNow();
        var update = HostCommandApplier.Sql(
            "UPDATE wf_instances SET state = $2, status = $3, revision = revision + 1, updated_at = $4, ended_at = $5, last_seq = $6 WHERE id = $1",
            locked.Id, Jsonb(InstanceStateJson.Serialize(result.State)), result.State.Status.ToString(), now,
            result.State.Status == InstanceStatus.Active ? null : now, locked.LastSeq + result.History.Count);
        await applier.ApplyAsync(session, locked.Id, result, locked.LastSeq, ct, [.. leading, update]);
        await calls.FollowUpAsync(session, locked.Id, locked.ParentId, result, depth, ct);
        return Step(result, locked.Revision + 1);
    }

    private static WorkflowStep Step(StepResult result, int revision) => new(
        result.State.InstanceId, result.State.Status, revision,
        result.Commands.OfType<Commands.CreateUserTask>().ToList(), result.State.Variables)
    {
        ServiceTasks = result.Commands.OfType<InvokeServiceTask>().Select(s => InvokedServiceTask.From(result.State.InstanceId, s)).ToList(),
    };

    private static Npgsql.NpgsqlParameter Jsonb(string json) => new() { Value = json, NpgsqlDbType = NpgsqlDbType.Jsonb };

}
