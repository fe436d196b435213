namespace CaseManagement.Core.Administration;

/// <summary>One published version, how many instances ever started on it and how many still run on it.</summary>
public sealed record WorkflowVersionView(Guid Id, string ProcessId, int Version, string? Name, DateTimeOffset PublishedAt, int Instances, int Running = 0);
