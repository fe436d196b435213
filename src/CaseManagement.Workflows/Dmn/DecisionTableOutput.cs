namespace CaseManagement.Workflows.Dmn;

/// <summary>An output column: its name in a multi-output result, its allowed values in priority order
/// (for PRIORITY and OUTPUT ORDER) and the value used when no rule matches.</summary>
public sealed record DecisionTableOutput(string? Id, string? Name, string? TypeRef, string? OutputValues, string? DefaultOutputEntry);
