namespace CaseManagement.Workflows.Model;

/// <summary>Waits for whichever of the following catch events happens first.</summary>
public sealed record EventBasedGatewayNode : FlowNode;
