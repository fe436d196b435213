namespace CaseManagement.Core.Statistics;

/// <summary>The counts of cases along one dimension (category, consultation type, gender, age band, hour, weekday, month).</summary>
public sealed record StatisticsTable(string Dimension, IReadOnlyList<StatisticsCount> Rows);
