namespace CaseManagement.Core.Audit;

/// <summary>The rows found, newest first; <see cref="Truncated"/> when there were more than the limit.</summary>
public sealed record AuditSearchResult(IReadOnlyList<AuditEntryView> Rows, bool Truncated);
