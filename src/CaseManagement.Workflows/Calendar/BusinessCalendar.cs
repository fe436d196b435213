using System.Collections.Frozen;

namespace CaseManagement.Workflows.Calendar;

/// <summary>When an office is open: hours per weekday, national holidays, annual and one-off closures, in one time
/// zone. Immutable; built once per set of options and shared.</summary>
/// <remarks>
/// Business-time arithmetic (<see cref="Add"/>), the rule:
/// <list type="number">
/// <item>The clock starts at <see cref="NextOpening"/>(start): a request that arrives on Saturday, after closing or
/// over lunch counts from the next moment the office opens (as a counter would, 受付 the next business day).</item>
/// <item>Days: from that opening, step to the N-th following business day and keep the clock time; if that time is
/// outside the day's hours (the day closes earlier, or it falls in the break), take the next opening after it.
/// Friday 16:00 + P1D is Monday 16:00; Friday 17:15 (closed) + P1D is Tuesday 8:30.</item>
/// <item>Office time: then consume the hours and minutes inside open intervals only. A duration that ends exactly at
/// closing time ends at closing time (Friday 13:15 + PT4H is Friday 17:15), not at the next opening.</item>
/// </list>
/// A zero duration therefore yields the next opening. Dates outside 2000–2099 throw when national holidays are
/// observed.
/// </remarks>
public sealed class BusinessCalendar : IBusinessCalendarProvider
{
    // Two years: longer than any closure the options can express, so a search that runs past it never ends.
    private const int MaxSearchDays = 732;

    private readonly TimeZoneInfo _zone;
    private readonly FrozenDictionary<DayOfWeek, (TimeOnly From, TimeOnly To)[]> _hours;
    private readonly FrozenSet<DateOnly> _closedDates;
    private readonly AnnualClosure[] _annualClosures;

    /// <summary>Builds a calendar, checking the options.</summary>
    /// <exception cref="ArgumentException">impossible hours or closures, no open weekday, or an unknown time zone.</exception>
    public BusinessCalendar(BusinessCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Hours.Select(h => h.Value.Problem() is { } p ? $"{h.Key}: {p}" : null)
            .Concat(options.AnnualClosures.Select(c => c.Problem()))
            .OfType<string>().ToList();
        if (options.Hours.Count == 0) problems.Add("no weekday has office hours");
        if (problems.Count > 0) throw new ArgumentException($"Expected usable business calendar options but {string.Join("; ", problems)}", nameof(options));
        try
        {
            _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"Expected a known time zone but got '{options.TimeZoneId}'", nameof(options), e);
        }
        Options = options;
        _hours = options.Hours.ToFrozenDictionary(h => h.Key, h => h.Value.Intervals());
        _closedDates = options.ClosedDates.ToFrozenSet();
        _annualClosures = [.. options.AnnualClosures];
    }

    /// <summary>Monday to Friday 8:30–17:15, closed on national holidays and 年末年始, Asia/Tokyo.</summary>
    public static BusinessCalendar Municipal { get; } = new(BusinessCalendarOptions.Municipal);

    /// <summary>The options this calendar was built from.</summary>
    public BusinessCalendarOptions Options { get; }

    /// <summary>Whether the office opens at all on <paramref name="date"/> (a local date).</summary>
    public bool IsBusinessDay(DateOnly date) =>
        _hours.ContainsKey(date.DayOfWeek)
        && !_closedDates.Contains(date)
        && !_annualClosures.Any(c => c.Contains(date))
        && !(Options.ObserveNationalHolidays && JapaneseHolidays.IsHoliday(date));

    /// <summary>Whether the office is open at <paramref name="at"/>: opening time included, closing time excluded.</summary>
    public bool IsOpen(DateTimeOffset at)
    {
        var (date, time) = Local(at);
        return IsBusinessDay(date) && _hours[date.DayOfWeek].Any(i => i.From <= time && time < i.To);
    }

    /// <summary>The earliest instant at or after <paramref name="from"/> at which the office is open;
    /// <paramref name="from"/> itself when it already is. In the calendar's time zone.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset from)
    {
        var (date, time) = Local(from);
        for (var i = 0; i < MaxSearchDays; i++, date = date.AddDays(1), time = TimeOnly.MinValue)
        {
            if (!IsBusinessDay(date)) continue;
            foreach (var (opens, closes) in _hours[date.DayOfWeek])
            {
                if (time < closes) return time <= opens ? At(date, opens) : from.ToOffset(Offset(date, time));
            }
        }
        throw new InvalidOperationException($"Expected the office to open within {MaxSearchDays} days of {from:O} but it never does");
    }

    /// <summary>The instant <paramref name="duration"/> of business time after <paramref name="start"/>, by the rule
    /// in the remarks of <see cref="BusinessCalendar"/>.</summary>
    public DateTimeOffset Add(DateTimeOffset start, BusinessDuration duration)
    {
        if (duration.Days < 0 || duration.OfficeTime < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "Expected a business duration that is not negative");
        }
        var at = NextOpening(start);
        if (duration.Days > 0)
        {
            var (date, time) = Local(at);
            for (var left = duration.Days; left > 0;)
            {
                date = date.AddDays(1);
                if (IsBusinessDay(date)) left--;
            }
            at = NextOpening(At(date, time));
        }
        for (var left = duration.OfficeTime; left > TimeSpan.Zero;)
        {
            var (date, time) = Local(at);
            var closes = _hours[date.DayOfWeek].First(i => i.From <= time && time < i.To).To;
            var available = closes.ToTimeSpan() - time.ToTimeSpan();
            if (left <= available) return at + left;
            left -= available;
            at = NextOpening(At(date, closes));
        }
        return at;
    }

    BusinessCalendar IBusinessCalendarProvider.CalendarFor(string processId, IReadOnlyDictionary<string, object?> variables) => this;

    private (DateOnly Date, TimeOnly Time) Local(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, _zone).DateTime;
        return (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    private TimeSpan Offset(DateOnly date, TimeOnly time) => _zone.GetUtcOffset(date.ToDateTime(time));

    private DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset(date, time));
}
