namespace CaseManagement.Workflows.Feel.Ast;

/// <summary><c>some x in xs satisfies c</c> (<see cref="Every"/> false) or <c>every x in xs satisfies c</c>.</summary>
internal sealed record QuantifiedNode(bool Every, IReadOnlyList<IterationContext> Contexts, FeelNode Condition, string Text) : FeelNode;
