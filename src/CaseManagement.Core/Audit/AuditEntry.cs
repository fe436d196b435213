namespace CaseManagement.Core.Audit;

/// <summary>One row of the audit trail: who did or read what, from where, when, and how it ended; chained to the row
/// before it by <see cref="PrevHash"/> and <see cref="Hash"/>. Written only through <see cref="AuditTrail"/>.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary><see cref="AuditKinds.Command"/> or <see cref="AuditKinds.Read"/>.</summary>
    public required string Kind { get; set; }

    public required string Actor { get; set; }
    public string? ActorRole { get; set; }
    public string? Ip { get; set; }
    public string? UserAgent { get; set; }
    public required string Action { get; set; }
    public string? Target { get; set; }
    public required string Outcome { get; set; }
    public string? Detail { get; set; }
    public byte[] PrevHash { get; set; } = [];
    public byte[] Hash { get; set; } = [];
}
