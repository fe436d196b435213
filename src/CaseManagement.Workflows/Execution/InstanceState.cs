namespace CaseManagement.Workflows.Execution;

/// <summary>Everything the engine needs to continue an instance: immutable; the host stores it as JSON
/// (<see cref="InstanceStateJson"/>) and never edits it.</summary>
public sealed record InstanceState
{
    public required Guid InstanceId { get; init; }
    public required string ProcessId { get; init; }
    public required InstanceStatus Status { get; init; }
    public required IReadOnlyDictionary<string, object?> Variables { get; init; }

    /// <summary>Tokens still in the process (waiting, or joined and waiting for siblings).</summary>
    public IReadOnlyList<Token> Tokens { get; init; } = [];

    /// <summary>Open user tasks, timers and message subscriptions.</summary>
    public IReadOnlyList<Subscription> Subscriptions { get; init; } = [];

    /// <summary>How many ids the engine has handed out; ids derive from it so a replay yields the same ids.</summary>
    public long Sequence { get; init; }
}
