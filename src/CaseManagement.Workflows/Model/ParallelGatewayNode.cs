namespace CaseManagement.Workflows.Model;

/// <summary>An AND gateway: splits into every outgoing flow; joins by waiting for every incoming flow.</summary>
public sealed record ParallelGatewayNode : FlowNode;
