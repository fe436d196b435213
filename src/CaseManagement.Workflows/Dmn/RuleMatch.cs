namespace CaseManagement.Workflows.Dmn;

/// <summary>A rule that matched and the values of its output entries, one per output column.</summary>
internal sealed record RuleMatch(DecisionRule Rule, IReadOnlyList<object?> Outputs);
