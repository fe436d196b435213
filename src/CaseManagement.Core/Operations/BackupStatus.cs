namespace CaseManagement.Core.Operations;

/// <summary>The newest successful base backup (backup_runs, written by deploy/backup/base-backup.sh), its age, whether
/// that is too old, and a failed run after it, if any.</summary>
public sealed record BackupStatus(
    DateTimeOffset? LastFinishedAt, string? Label, string? Host, long? SizeBytes, TimeSpan? Age, bool Stale,
    DateTimeOffset? FailedAt, string? FailedError, TimeSpan MaxAge);
