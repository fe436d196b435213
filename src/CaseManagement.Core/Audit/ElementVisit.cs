namespace CaseManagement.Core.Audit;

/// <summary>One stay of the instance on an element: when a token entered and left it (null: still there), and the
/// staff who held or completed its task.</summary>
public sealed record ElementVisit(string ElementId, string? ElementType, DateTimeOffset EnteredAt, DateTimeOffset? LeftAt, IReadOnlyList<string> Actors);
