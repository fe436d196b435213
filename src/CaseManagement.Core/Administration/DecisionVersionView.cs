namespace CaseManagement.Core.Administration;

/// <summary>One published version of a DMN document.</summary>
public sealed record DecisionVersionView(Guid Id, string DecisionRef, int Version, string? Name, DateTimeOffset PublishedAt, string PublishedBy);
