using System.Globalization;

namespace CaseManagement.Workflows.Feel;

/// <summary>date(), date and time(), duration(): ISO 8601 text into FEEL's temporal values.</summary>
internal static class FeelTemporal
{
    public static object? Date(object?[] a) => a switch
    {
        [string s] => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
        [DateTimeOffset dt] => DateOnly.FromDateTime(dt.DateTime),
        [DateOnly d] => d,
        [decimal y, decimal m, decimal d] => TryDate(y, m, d),
        _ when a.Length is 1 or 3 => null,
        _ => throw new FeelException($"expected 1 or 3 arguments but got {a.Length}"),
    };

    public static object? DateAndTime(object?[] a) => a switch
    {
        [string s] => ParseDateTime(s),
        [DateOnly date, FeelTime time] => new DateTimeOffset(date.ToDateTime(TimeOnly.FromTimeSpan(time.TimeOfDay)), time.Offset ?? TimeSpan.Zero),
        [DateTimeOffset dt, FeelTime time] => DateAndTime([DateOnly.FromDateTime(dt.DateTime), time]),
        _ when a.Length is 1 or 2 => null,
        _ => throw new FeelException($"expected 1 or 2 arguments but got {a.Length}"),
    };

    /// <summary>hour, minute and second of a time.</summary>
    public static object? Member(FeelTime time, string member) => member switch
    {
        "hour" => (decimal)time.TimeOfDay.Hours,
        "minute" => (decimal)time.TimeOfDay.Minutes,
        "second" => time.TimeOfDay.Seconds + ((decimal)(time.TimeOfDay.Ticks % TimeSpan.TicksPerSecond) / TimeSpan.TicksPerSecond),
        _ => null,
    };

    public static object? Duration(object?[] a)
    {
        if (FeelBuiltins.Arity(a, 1) is not string s || !IsoDuration.TryParse(s, out var duration)) return null;
        if (duration.Months == 0) return duration.Time;
        return duration.Time == TimeSpan.Zero ? new FeelYearsMonths(duration.Months) : null;
    }

    public static object? YearsAndMonths(object?[] a) => a switch
    {
        [DateOnly from, DateOnly to] => new FeelYearsMonths(((to.Year - from.Year) * 12) + to.Month - from.Month - (to.Day < from.Day ? 1 : 0)),
        [DateTimeOffset from, DateTimeOffset to] => YearsAndMonths([DateOnly.FromDateTime(from.DateTime), DateOnly.FromDateTime(to.DateTime)]),
        _ when a.Length == 2 => null,
        _ => throw new FeelException($"expected 2 arguments but got {a.Length}"),
    };

    /// <summary>Parses a date-time; a value without offset is taken as UTC so results never depend on the server's zone.</summary>
    public static DateTimeOffset? ParseDateTime(string s) =>
        DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt) ? dt : null;

    private static DateOnly? TryDate(decimal y, decimal m, decimal d)
    {
        try
        {
            return new DateOnly((int)y, (int)m, (int)d);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
