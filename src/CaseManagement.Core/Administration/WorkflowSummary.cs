namespace CaseManagement.Core.Administration;

/// <summary>A process on the admin's list: its latest version, what runs on it, and a draft if someone is editing.</summary>
public sealed record WorkflowSummary(
    string ProcessId, string? Name, int? LatestVersion, int Versions, int Running,
    int? DraftRevision, DateTimeOffset? DraftUpdatedAt, string? DraftUpdatedByName);
