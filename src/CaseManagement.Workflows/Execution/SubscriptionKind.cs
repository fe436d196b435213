namespace CaseManagement.Workflows.Execution;

/// <summary>What a waiting token expects from outside.</summary>
public enum SubscriptionKind
{
    UserTask,
    Timer,
    Message,
}
