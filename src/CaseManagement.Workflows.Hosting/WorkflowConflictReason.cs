namespace CaseManagement.Workflows.Hosting;

/// <summary>Why a workflow command lost a race.</summary>
public enum WorkflowConflictReason
{
    TaskNotFound,
    TaskNotOpen,
}
