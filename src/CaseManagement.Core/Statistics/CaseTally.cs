using CaseManagement.Core.Cases;

namespace CaseManagement.Core.Statistics;

/// <summary>Counts cases along each dimension. Fixed choices are listed even at zero so tables compare month to month.</summary>
internal static class CaseTally
{
    public static IReadOnlyList<StatisticsTable> Tables(IReadOnlyList<CaseStatisticsRow> cases, DateOnly from, DateOnly to) =>
    [
        Count("category", cases.Select(c => c.CategoryNameJa), cases.Select(c => c.CategoryNameJa).Distinct()),
        Count("consultationType", cases.Select(c => c.ConsultationType ?? ""), [.. CaseAttributes.ConsultationTypes, ""]),
        Count("gender", cases.Select(c => c.ResidentGender ?? ""), [.. CaseAttributes.Genders, ""]),
        Count("ageBand", cases.Select(c => c.AgeBand ?? ""), [.. CaseAttributes.AgeBands, ""]),
        Count("hour", cases.Select(c => JapanTime.ToJapan(c.OpenedAt).Hour.ToString("00", null)), Enumerable.Range(0, 24).Select(h => h.ToString("00", null))),
        Count("weekday", cases.Select(c => JapanTime.ToJapan(c.OpenedAt).DayOfWeek.ToString()), Week.Select(d => d.ToString())),
        Count("month", cases.Select(c => JapanTime.ToJapan(c.OpenedAt).ToString("yyyy-MM", null)), Months(from, to)),
    ];

    // 月〜日: the Japanese week table starts on Monday.
    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static StatisticsTable Count(string dimension, IEnumerable<string> keys, IEnumerable<string> order)
    {
        var counts = keys.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var rows = order.Select(k => new StatisticsCount(k, counts.GetValueOrDefault(k))).ToList();
        // a code outside today's lists (an older choice) still counts
        rows.AddRange(counts.Where(c => rows.All(r => r.Key != c.Key)).Select(c => new StatisticsCount(c.Key, c.Value)));
        return new StatisticsTable(dimension, rows);
    }

    private static IEnumerable<string> Months(DateOnly from, DateOnly to)
    {
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
        {
            yield return m.ToString("yyyy-MM", null);
        }
    }
}
