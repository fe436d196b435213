namespace CaseManagement.Core.Statistics;

/// <summary>Statistics count days, hours and months as the municipality lives them: in Japan time.</summary>
public static class JapanTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public static DateTimeOffset ToJapan(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>The start of a Japanese calendar day as an instant (Japan has no daylight saving: always +09:00).</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Zone.BaseUtcOffset);

    /// <summary>The first and last day of the month <paramref name="now"/> falls in, in Japan.</summary>
    public static (DateOnly First, DateOnly Last) MonthOf(DateTimeOffset now)
    {
        var local = ToJapan(now);
        var first = new DateOnly(local.Year, local.Month, 1);
        return (first, first.AddMonths(1).AddDays(-1));
    }
}
