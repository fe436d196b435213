namespace CaseManagement.Workflows.Feel.Ast;

/// <summary>A built-in function call with positional arguments.</summary>
internal sealed record CallNode(string Function, IReadOnlyList<FeelNode> Arguments, int Position) : FeelNode;
