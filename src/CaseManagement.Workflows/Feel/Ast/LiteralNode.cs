namespace CaseManagement.Workflows.Feel.Ast;

/// <summary>A number, string, boolean or null literal.</summary>
internal sealed record LiteralNode(object? Value) : FeelNode;
