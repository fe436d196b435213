namespace CaseManagement.Workflows.Feel.Ast;

/// <summary>if c then a else b.</summary>
internal sealed record IfNode(FeelNode Condition, FeelNode Then, FeelNode Else) : FeelNode;
