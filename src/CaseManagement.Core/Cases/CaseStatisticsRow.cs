namespace CaseManagement.Core.Cases;

/// <summary>One case as the statistics count it: its category, times and recorded attributes.</summary>
public sealed record CaseStatisticsRow(
    Guid Id, string CaseNumber, string CategoryCode, string CategoryNameJa, CaseStatus Status,
    DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt,
    string? ConsultationType, string? ResidentGender, string? AgeBand, string? Area);
