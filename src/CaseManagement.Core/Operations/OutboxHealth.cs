namespace CaseManagement.Core.Operations;

/// <summary>One rule for the readiness check and the status page: the backlog and its oldest row under the limits.</summary>
public static class OutboxHealth
{
    public static bool IsHealthy(OutboxBacklog backlog, OperationsOptions limits) =>
        backlog.Count <= limits.OutboxBacklogLimit && (backlog.OldestAge is null || backlog.OldestAge <= limits.OutboxMaxAge);
}
