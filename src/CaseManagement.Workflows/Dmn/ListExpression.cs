namespace CaseManagement.Workflows.Dmn;

/// <summary>A boxed list: its value is the list of its items' values.</summary>
public sealed record ListExpression(IReadOnlyList<DecisionLogic> Items) : DecisionLogic;
