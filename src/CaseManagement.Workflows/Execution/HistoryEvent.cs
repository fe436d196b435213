namespace CaseManagement.Workflows.Execution;

/// <summary>One append-only history row: a token move, task event, variable change or timer.</summary>
/// <param name="Kind">e.g. ElementActivated, ElementCompleted, FlowTaken, TaskCreated, TaskCompleted, VariableSet,
/// TimerScheduled, TimerFired, InstanceCompleted.</param>
/// <param name="Data">A small JSON object with details (variable name and value, flow id…), or null.</param>
public sealed record HistoryEvent(DateTimeOffset At, string Kind, string? ElementId, string? ElementType, string? Data);
