namespace CaseManagement.Core.Operations;

/// <summary>Thresholds of /health/ready and the Admin status page (CaseManagement:Operations).</summary>
public sealed class OperationsOptions
{
    /// <summary>More undelivered outbox rows than this and the node is not ready.</summary>
    public int OutboxBacklogLimit { get; set; } = 1000;

    /// <summary>An undelivered outbox row older than this and the node is not ready (the dispatcher is stuck).</summary>
    public TimeSpan OutboxMaxAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The last successful base backup older than this is shown as a warning (a daily backup plus slack).</summary>
    public TimeSpan BackupMaxAge { get; set; } = TimeSpan.FromHours(26);
}
