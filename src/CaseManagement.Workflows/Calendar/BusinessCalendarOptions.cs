namespace CaseManagement.Workflows.Calendar;

/// <summary>What a <see cref="BusinessCalendar"/> is built from; one per case category that keeps its own hours.</summary>
public sealed record BusinessCalendarOptions
{
    /// <summary>Office hours per weekday; a weekday not listed is closed.</summary>
    public required IReadOnlyDictionary<DayOfWeek, OfficeHours> Hours { get; init; }

    /// <summary>Whether Japan's national holidays (祝日, 振替休日, 国民の休日) close the office.</summary>
    public bool ObserveNationalHolidays { get; init; } = true;

    /// <summary>Days closed every year, such as <see cref="AnnualClosure.YearEnd"/>.</summary>
    public IReadOnlyList<AnnualClosure> AnnualClosures { get; init; } = [AnnualClosure.YearEnd];

    /// <summary>The municipality's own closed dates (庁舎点検日, a local holiday…).</summary>
    public IReadOnlyList<DateOnly> ClosedDates { get; init; } = [];

    /// <summary>An IANA or Windows time zone id; JST by default.</summary>
    public string TimeZoneId { get; init; } = "Asia/Tokyo";

    /// <summary>Monday to Friday 8:30–17:15, national holidays and 年末年始 closed, Asia/Tokyo.</summary>
    public static BusinessCalendarOptions Municipal { get; } = Weekdays(OfficeHours.Municipal);

    /// <summary>The same hours Monday to Friday, the other defaults unchanged.</summary>
    public static BusinessCalendarOptions Weekdays(OfficeHours hours) => new()
    {
        Hours = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .ToDictionary(d => d, _ => hours),
    };
}
