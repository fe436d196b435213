namespace CaseManagement.Workflows.Hosting.Outbox;

/// <summary>One undelivered side effect, as the dispatcher hands it to its handler.</summary>
public sealed record OutboxMessage(long Id, Guid? InstanceId, string Kind, string IdempotencyKey, string PayloadJson, int Attempts);
