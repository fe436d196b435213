namespace CaseManagement.Core.Administration;

/// <summary>One published version and how many instances run on it.</summary>
public sealed record WorkflowVersionView(Guid Id, string ProcessId, int Version, string? Name, DateTimeOffset PublishedAt, int Instances);
