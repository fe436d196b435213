namespace CaseManagement.Workflows.Execution;

/// <summary>What a waiting token expects from outside.</summary>
public enum SubscriptionKind
{
    UserTask,
    Timer,
    Message,

    /// <summary>A call activity waiting for its child instance; the subscription's id is the child's instance id.</summary>
    CallActivity,
}
