namespace CaseManagement.Workflows.Dmn;

/// <summary>One entry of a boxed context: a name (none for the final result entry) and its boxed expression.</summary>
public sealed record ContextEntry(string? Name, DecisionLogic Value, int Line);
