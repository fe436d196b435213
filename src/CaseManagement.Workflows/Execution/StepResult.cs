using CaseManagement.Workflows.Commands;

namespace CaseManagement.Workflows.Execution;

/// <summary>The outcome of one command: the new state, what the host must do, and what happened.</summary>
public sealed record StepResult(InstanceState State, IReadOnlyList<HostCommand> Commands, IReadOnlyList<HistoryEvent> History);
