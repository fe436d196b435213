namespace CaseManagement.Workflows.Feel.Ast;

/// <summary>One comparison against the implicit input, as in a decision table cell: &lt; 10, != "a".</summary>
internal sealed record UnaryTestNode(string Operator, FeelNode Operand) : FeelNode;
