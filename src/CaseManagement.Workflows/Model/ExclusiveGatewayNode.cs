namespace CaseManagement.Workflows.Model;

/// <summary>An XOR gateway: the first outgoing flow whose condition holds, else the default flow.</summary>
public sealed record ExclusiveGatewayNode : FlowNode
{
    public string? DefaultFlowId { get; init; }
}
