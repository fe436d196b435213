namespace CaseManagement.Workflows.Dmn;

/// <summary>A boxed context: entries evaluated in order, each seeing the ones before it by name. Its value is the
/// context of the named entries, or, when the last entry has no name, that entry's value (DMN 1.3 §10.2.1.4).</summary>
public sealed record ContextExpression(IReadOnlyList<ContextEntry> Entries) : DecisionLogic;
