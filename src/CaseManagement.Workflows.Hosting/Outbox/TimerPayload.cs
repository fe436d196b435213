namespace CaseManagement.Workflows.Hosting.Outbox;

/// <summary>What a timer outbox row carries: which timer, of which instance and element, due when.</summary>
public sealed record TimerPayload(Guid TimerId, Guid InstanceId, string ElementId, DateTimeOffset? DueAt);
