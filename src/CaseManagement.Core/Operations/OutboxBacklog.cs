namespace CaseManagement.Core.Operations;

/// <summary>Undelivered outbox rows and the age of the oldest (null when there is none).</summary>
public sealed record OutboxBacklog(long Count, TimeSpan? OldestAge);
