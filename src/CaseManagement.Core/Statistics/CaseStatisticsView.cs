using CaseManagement.Core.Cases;

namespace CaseManagement.Core.Statistics;

/// <summary>The figures of a period for a supervisor: counts per dimension, mean times, and the cases themselves.</summary>
public sealed record CaseStatisticsView(
    DateOnly From, DateOnly To, int Total, IReadOnlyList<StatisticsTable> Tables,
    TimeSpan? MeanResponseTime, TimeSpan? MeanHandlingTime, IReadOnlyList<CaseStatisticsRow> Cases);
