namespace CaseManagement.Workflows.Execution.Elements;

/// <summary>Whether an activated element waits (task, timer, message, join) or completes at once.</summary>
internal enum ActivationResult
{
    Wait,
    Complete,
}
