namespace CaseManagement.Core.Tasks;

/// <summary>One task of a case as the auditor reads it: who held and who completed it, when.</summary>
public sealed record CaseTaskRecord(
    Guid TaskId, string Name, string Status, string? AssigneeName, DateTimeOffset CreatedAt, DateTimeOffset? ClaimedAt,
    DateTimeOffset? CompletedAt, string? CompletedByName);
