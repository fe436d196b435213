namespace CaseManagement.Workflows.Dmn;

/// <summary>An input column: the FEEL expression whose value the rules' input entries test.</summary>
public sealed record DecisionTableInput(string? Id, string? Label, string Expression);
