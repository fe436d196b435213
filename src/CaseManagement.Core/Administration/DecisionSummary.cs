namespace CaseManagement.Core.Administration;

/// <summary>A DMN document on the admin's list: its latest version and a draft if someone is editing.</summary>
public sealed record DecisionSummary(
    string DecisionRef, string? Name, int? LatestVersion, int Versions, int? DraftRevision, DateTimeOffset? DraftUpdatedAt, string? DraftUpdatedByName);
