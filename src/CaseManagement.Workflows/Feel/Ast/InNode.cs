namespace CaseManagement.Workflows.Feel.Ast;

/// <summary>x in tests: true when any test matches x.</summary>
internal sealed record InNode(FeelNode Value, IReadOnlyList<FeelNode> Tests, bool Negated) : FeelNode;
