namespace CaseManagement.Workflows.Hosting;

/// <summary>The instance or task was changed by someone else first; <see cref="Reason"/> says how, so the
/// application can tell the person in their language.</summary>
public sealed class WorkflowConflictException(WorkflowConflictReason reason, string message) : Exception(message)
{
    public WorkflowConflictReason Reason { get; } = reason;
}
