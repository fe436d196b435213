namespace CaseManagement.Workflows.Dmn;

/// <summary>A row: FEEL unary tests per input column and FEEL expressions per output column.</summary>
public sealed record DecisionRule(string? Id, int Line, IReadOnlyList<string> InputEntries, IReadOnlyList<string> OutputEntries);
