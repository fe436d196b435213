using System.Globalization;

namespace CaseManagement.Workflows.Feel;

/// <summary>now(), today(), time() and the calendar functions of DMN 1.3 §10.3.4.11 (day of week, week of year…).
/// now() and today() read the evaluation's clock, never the machine's.</summary>
internal static class FeelCalendarFunctions
{
    public static IEnumerable<KeyValuePair<string, Func<FeelCall, object?>>> All { get; } = new Dictionary<string, Func<FeelCall, object?>>
    {
        ["now"] = c => Now(c.Expect(0)),
        ["today"] = c => DateOnly.FromDateTime(Now(c.Expect(0)).DateTime),
        ["time"] = Time,
        ["day of year"] = c => Day(c) is { } d ? (decimal)d.DayOfYear : null,
        ["day of week"] = c => Day(c) is { } d ? d.DayOfWeek.ToString() : null,
        ["month of year"] = c => Day(c) is { } d ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month) : null,
        ["week of year"] = c => Day(c) is { } d ? (decimal)ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)) : null,
    };

    private static DateTimeOffset Now(FeelCall call)
    {
        var environment = call.Run.Environment;
        var now = environment.Now
            ?? throw new FeelException($"{call.Name}() needs the engine's clock, and this evaluation has none");
        return environment.TimeZone is null ? now : TimeZoneInfo.ConvertTime(now, environment.TimeZone);
    }

    private static DateOnly? Day(FeelCall call) => call.Expect(1)[0] switch
    {
        DateOnly d => d,
        DateTimeOffset dt => DateOnly.FromDateTime(dt.DateTime),
        _ => null,
    };

    // time("09:30:00"), time(date and time), time(hour, minute, second, offset?).
    private static object? Time(FeelCall call) => call.Expect(1, 4).Arguments switch
    {
        [string s] => FeelTime.TryParse(s, out var t) ? t : null,
        [DateTimeOffset dt] => new FeelTime(dt.TimeOfDay, dt.Offset),
        [FeelTime t] => t,
        [decimal h, decimal m, decimal s] => Clock(h, m, s, null),
        [decimal h, decimal m, decimal s, null] => Clock(h, m, s, null),
        [decimal h, decimal m, decimal s, TimeSpan offset] => Clock(h, m, s, offset),
        _ => null,
    };

    private static FeelTime? Clock(decimal hour, decimal minute, decimal second, TimeSpan? offset)
    {
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or >= 60 || hour != decimal.Truncate(hour) || minute != decimal.Truncate(minute)) return null;
        if (offset is { } o && (o.Duration() > TimeSpan.FromHours(14))) return null;
        var ticks = ((long)hour * TimeSpan.TicksPerHour) + ((long)minute * TimeSpan.TicksPerMinute) + (long)(second * TimeSpan.TicksPerSecond);
        return new FeelTime(TimeSpan.FromTicks(ticks), offset);
    }
}
