using CaseManagement.Core.Tasks;

namespace CaseManagement.Core.Operations;

/// <summary>What the Admin status page shows: no personal data, only counts, ages and names of machines.</summary>
public sealed record SystemStatusView(
    DateTimeOffset CheckedAt,
    IReadOnlyList<NodeStatus> Nodes,
    IReadOnlyList<QueueLoad> Queues,
    PendingTimers Timers,
    OutboxBacklog Outbox,
    bool OutboxHealthy,
    DiskStatus Disk,
    BackupStatus Backup);
