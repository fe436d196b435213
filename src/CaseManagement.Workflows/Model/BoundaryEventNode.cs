namespace CaseManagement.Workflows.Model;

/// <summary>A timer or message event attached to an activity; interrupting ones cancel the activity.</summary>
public sealed record BoundaryEventNode : FlowNode
{
    public required string AttachedToId { get; init; }
    public bool CancelActivity { get; init; } = true;
    public required EventTrigger Trigger { get; init; }
}
