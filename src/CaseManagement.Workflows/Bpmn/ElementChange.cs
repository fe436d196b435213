namespace CaseManagement.Workflows.Bpmn;

/// <summary>An element added, removed or changed between two versions; for a change, which properties changed.</summary>
public sealed record ElementChange(string ElementId, string ElementType, string? Name, ElementChangeKind Kind, IReadOnlyList<AttributeChange> Attributes);
