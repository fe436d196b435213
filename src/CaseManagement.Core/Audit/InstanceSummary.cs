namespace CaseManagement.Core.Audit;

/// <summary>A workflow instance in a list: what runs, for which case, since when, where it stands.</summary>
public sealed record InstanceSummary(Guid Id, string ProcessId, string? BusinessKey, string Status, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);
