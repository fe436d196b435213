namespace CaseManagement.Workflows.Feel.Ast;

/// <summary>xs[1] (1-based index, negative from the end) or xs[item &gt; 2] (filter).</summary>
internal sealed record FilterNode(FeelNode Target, FeelNode Filter) : FeelNode;
