namespace CaseManagement.Workflows.Feel.Ast;

/// <summary><c>function(a, b) body</c>: a function value closing over the names in scope where it is written.</summary>
internal sealed record FunctionNode(IReadOnlyList<string> Parameters, FeelNode Body, string Text) : FeelNode;
