namespace CaseManagement.Workflows.Model;

/// <summary>An OR gateway: every outgoing flow whose condition holds (else the default); joins the tokens that can still arrive.</summary>
public sealed record InclusiveGatewayNode : FlowNode
{
    public string? DefaultFlowId { get; init; }
}
