namespace CaseManagement.Workflows.Feel.Ast;

/// <summary>Arithmetic negation, -x.</summary>
internal sealed record NegateNode(FeelNode Operand) : FeelNode;
