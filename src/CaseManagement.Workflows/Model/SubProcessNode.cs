namespace CaseManagement.Workflows.Model;

/// <summary>An embedded subprocess: a scope whose nodes have <see cref="FlowNode.ScopeId"/> equal to its id.</summary>
public sealed record SubProcessNode : FlowNode;
