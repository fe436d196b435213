namespace CaseManagement.Workflows.Hosting;

/// <summary>Why a workflow command lost a race.</summary>
public enum WorkflowConflictReason
{
    TaskNotFound,
    TaskNotOpen,

    /// <summary>The instance is not (or no longer) waiting for this message.</summary>
    MessageNotAwaited,
}
