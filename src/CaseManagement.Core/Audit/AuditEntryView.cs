namespace CaseManagement.Core.Audit;

/// <summary>An audit row as the auditor reads it.</summary>
public sealed record AuditEntryView(long Id, DateTimeOffset At, string Actor, string? ActorRole, string? Ip, string Action, string? Target, string Outcome);
