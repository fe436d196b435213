namespace CaseManagement.Core.Administration;

/// <summary>One line of the admin's category list.</summary>
public sealed record CategorySummary(
    string Code, string NameJa, string NameEn, string WorkflowProcessId, int SortOrder, bool IsActive, bool AllowAnonymous, bool HasOwnHours);
