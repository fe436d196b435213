namespace CaseManagement.Core.Audit;

/// <summary>One row of the audit trail: who did what to which target, from where, when, and how it ended.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public string? ActorRole { get; set; }
    public string? Ip { get; set; }
    public string? UserAgent { get; set; }
    public required string Action { get; set; }
    public string? Target { get; set; }
    public required string Outcome { get; set; }
    public string? Detail { get; set; }
}
