namespace CaseManagement.Workflows.Feel.Ast;

/// <summary>The '-' unary test: any input matches.</summary>
internal sealed record AnyTestNode : FeelNode;
