namespace CaseManagement.Workflows.Commands;

/// <summary>A task's token left without the task being completed (terminate, interrupting boundary event).</summary>
public sealed record CancelUserTask(Guid TaskId, string ElementId) : HostCommand;
