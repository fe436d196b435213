namespace CaseManagement.Core.Administration;

/// <summary>A try-it run of a draft after the admin's last action: the taken path and the current tokens to highlight,
/// what waits (tasks, timers, messages), the test clock, the log, and <see cref="Trial"/>, the run's whole state that
/// the page sends back with the next action (nothing of the run is stored on the server: ADR 0021).</summary>
public sealed record WorkflowTrialView(
    string Trial, string Status, DateTimeOffset Clock, IReadOnlyList<string> TakenElements, IReadOnlyList<string> TakenFlows,
    IReadOnlyList<string> CurrentElements, IReadOnlyList<WorkflowTrialTask> Tasks, IReadOnlyList<WorkflowTrialWait> Timers,
    IReadOnlyList<WorkflowTrialWait> Messages, string VariablesJson, IReadOnlyList<WorkflowTrialLogEntry> Log);
