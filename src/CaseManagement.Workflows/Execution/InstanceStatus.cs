namespace CaseManagement.Workflows.Execution;

/// <summary>Where an instance is in its life.</summary>
public enum InstanceStatus
{
    Active,
    Completed,
    Terminated,
}
