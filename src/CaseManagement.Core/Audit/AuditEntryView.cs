namespace CaseManagement.Core.Audit;

/// <summary>An audit row as the auditor reads it; <see cref="ActorName"/> is the staff member's name when known.</summary>
public sealed record AuditEntryView(
    long Id, DateTimeOffset At, string Kind, string Actor, string? ActorName, string? ActorRole, string? Ip, string? UserAgent,
    string Action, string? Target, string Outcome, string? Detail);
