namespace CaseManagement.Workflows.Model;

/// <summary>A token waits here for a timer or a message.</summary>
public sealed record IntermediateCatchEventNode : FlowNode
{
    public required EventTrigger Trigger { get; init; }
}
