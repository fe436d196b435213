namespace CaseManagement.Core.Administration;

/// <summary>What the admin does next in a try-it run: complete a user task, fire a pending timer (the test clock
/// advances to it), or send a message.</summary>
public enum WorkflowTrialAction
{
    CompleteTask,
    FireTimer,
    SendMessage,
}
