namespace CaseManagement.Workflows.Feel.Ast;

/// <summary><c>for x in xs, y in ys return e</c>: the list of e for every combination; <c>partial</c> is the list so far.
/// <see cref="Text"/> is the source, named when the iteration is stopped by a limit.</summary>
internal sealed record ForNode(IReadOnlyList<IterationContext> Contexts, FeelNode Body, string Text) : FeelNode;
