namespace CaseManagement.Core.Statistics;

/// <summary>One row of a statistics table: a key (a code, an hour, a month; empty = not recorded) and its count.</summary>
public sealed record StatisticsCount(string Key, int Count);
