namespace CaseManagement.Workflows.Execution;

/// <summary>Everything the engine needs to continue an instance: immutable; the host stores it as JSON
/// (<see cref="InstanceStateJson"/>) and never edits it.</summary>
public sealed record InstanceState
{
    // STUB (contract): the engine helper fills in tokens and whatever else execution needs.
    public required Guid InstanceId { get; init; }
    public required string ProcessId { get; init; }
    public required InstanceStatus Status { get; init; }
    public required IReadOnlyDictionary<string, object?> Variables { get; init; }
}
