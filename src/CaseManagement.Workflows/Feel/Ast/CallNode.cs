namespace CaseManagement.Workflows.Feel.Ast;

/// <summary>A function call; <paramref name="Names"/> holds the parameter name of each argument when the call names
/// them (<c>substring(string: "abc", start position: 2)</c>), else null.</summary>
internal sealed record CallNode(string Function, IReadOnlyList<FeelNode> Arguments, int Position, IReadOnlyList<string>? Names = null) : FeelNode;
