namespace CaseManagement.Workflows.Execution;

/// <summary>What the host asks of an instance. Variables are plain values: null, bool, string, long, decimal,
/// double, DateTimeOffset, or nested IReadOnlyDictionary&lt;string, object?&gt; / IReadOnlyList&lt;object?&gt;.</summary>
public abstract record EngineCommand(DateTimeOffset Now);

/// <summary>Start a new instance at the process's none start event.</summary>
public sealed record StartInstance(Guid InstanceId, IReadOnlyDictionary<string, object?> Variables, DateTimeOffset Now)
    : EngineCommand(Now)
{
    /// <summary>The start event to start at: a timer or message start event whose trigger happened; null for the none start event.</summary>
    public string? StartEventId { get; init; }
}

/// <summary>A person finished a user task; its variables are merged into the instance before the token moves on.</summary>
public sealed record CompleteUserTask(Guid TaskId, IReadOnlyDictionary<string, object?> Variables, DateTimeOffset Now)
    : EngineCommand(Now);

/// <summary>A timer the engine asked for is due.</summary>
public sealed record FireTimer(Guid TimerId, DateTimeOffset Now) : EngineCommand(Now);

/// <summary>A message arrived for this instance.</summary>
public sealed record CorrelateMessage(string MessageName, IReadOnlyDictionary<string, object?> Variables, DateTimeOffset Now)
    : EngineCommand(Now);

/// <summary>The child instance a call activity started has ended with <paramref name="ChildVariables"/>; cm:out maps
/// them into this instance and the call activity's token moves on. A stale or repeated one changes nothing.</summary>
public sealed record CompleteCallActivity(Guid ChildInstanceId, IReadOnlyDictionary<string, object?> ChildVariables, DateTimeOffset Now)
    : EngineCommand(Now);

/// <summary>End the instance from outside (its parent's call activity was cancelled, an administrator withdrew it):
/// every token is terminated, its tasks, timers and child instances cancelled. An instance already ended is left as it is.</summary>
public sealed record CancelInstance(DateTimeOffset Now) : EngineCommand(Now);
