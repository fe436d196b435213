namespace CaseManagement.Workflows.Model;

/// <summary>A start event: none (<see cref="Trigger"/> null), timer or message.</summary>
public sealed record StartEventNode : FlowNode
{
    public EventTrigger? Trigger { get; init; }
}
