namespace CaseManagement.Workflows.Execution;

/// <summary>The lifecycle of an element instance, as in Zeebe; <see cref="ElementLifecycle"/> says which moves are legal.</summary>
public enum ElementState
{
    Activating,
    Activated,
    Completing,
    Completed,
    Terminating,
    Terminated,
}
