namespace CaseManagement.Core.Administration;

/// <summary>The version a publication produced; <see cref="IsNewVersion"/> is false when the document equalled the latest.</summary>
public sealed record PublishedDecision(Guid Id, string DecisionRef, int Version, bool IsNewVersion);
