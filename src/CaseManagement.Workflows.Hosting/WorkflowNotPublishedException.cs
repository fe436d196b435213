namespace CaseManagement.Workflows.Hosting;

/// <summary>No version of the process has been published, so nothing can start.</summary>
public sealed class WorkflowNotPublishedException(string processId)
    : Exception($"Workflow '{processId}' is not published.")
{
    public string ProcessId { get; } = processId;
}
