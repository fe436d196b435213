namespace CaseManagement.Core.Cases;

/// <summary>One consultation, application or counter procedure, driven by a workflow instance.</summary>
public sealed class Case
{
    public Guid Id { get; set; }

    /// <summary>What residents and staff read out on the phone: 2026-000123.</summary>
    public required string CaseNumber { get; set; }

    public Guid CategoryId { get; set; }
    public CaseStatus Status { get; set; }
    public Guid? WorkflowInstanceId { get; set; }

    /// <summary>SHA-256 of the resident's secret link token; the token itself is never stored.</summary>
    public required byte[] AccessTokenHash { get; set; }

    /// <summary>The signed-in resident who opened the case; null for an anonymous consultation.</summary>
    public Guid? ResidentId { get; set; }

    /// <summary>The salted hash of the resident's PIN (<see cref="ConsultationPin"/>); null when the link alone opens the case.</summary>
    public string? PinHash { get; set; }

    /// <summary>Wrong PINs since the last right one or the last lock.</summary>
    public int PinFailures { get; set; }

    public DateTimeOffset? PinLockedUntil { get; set; }

    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public int Revision { get; set; }

    /// <summary>相談種別, one of <see cref="CaseAttributes.ConsultationTypes"/>; null until staff set it.</summary>
    public string? ConsultationType { get; set; }

    public string? ResidentGender { get; set; }
    public string? AgeBand { get; set; }

    /// <summary>地区 as staff write it (free text).</summary>
    public string? Area { get; set; }

    /// <summary>対応結果, one of <see cref="ClosureItems.Outcomes"/>; recorded for closing.</summary>
    public string? Outcome { get; set; }

    /// <summary>継続支援の要否 (does the resident need support after this case?); null until staff answer it.</summary>
    public bool? FollowUpNeeded { get; set; }
}
