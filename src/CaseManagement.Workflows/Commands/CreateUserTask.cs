namespace CaseManagement.Workflows.Commands;

/// <summary>A person must act: the host puts a task in a queue (cm:queue) or gives it to cm:assignee.</summary>
public sealed record CreateUserTask(
    Guid TaskId,
    string ElementId,
    string Name,
    string? Queue,
    string? Assignee,
    string? FormKey,
    DateTimeOffset? DueAt) : HostCommand;
