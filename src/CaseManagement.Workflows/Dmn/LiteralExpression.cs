namespace CaseManagement.Workflows.Dmn;

/// <summary>A decision whose value is one FEEL expression.</summary>
public sealed record LiteralExpression(string Text) : DecisionLogic;
