namespace CaseManagement.Workflows.Hosting;

/// <summary>The instance or task was changed by someone else first (stale revision, task no longer open).</summary>
public sealed class WorkflowConflictException(string message) : Exception(message);
