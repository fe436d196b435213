using CaseManagement.Workflows.Calendar;

namespace CaseManagement.Core.Administration;

/// <summary>Turns a category's reception settings into the engine's <see cref="BusinessCalendar"/>: the same calendar
/// answers "is the desk open now?" for auto-replies and counts business time for the workflow's SLA timers.</summary>
internal static class ReceptionCalendar
{
    /// <summary>Monday to Friday 8:30–17:15: the hours of a category that has not set its own.</summary>
    public static IReadOnlyDictionary<DayOfWeek, OfficeHours> DefaultHours => BusinessCalendarOptions.Municipal.Hours;

    public static BusinessCalendarOptions Options(Category category) => new()
    {
        Hours = category.ReceptionHours.Count == 0
            ? DefaultHours
            : category.ReceptionHours.ToDictionary(h => h.Weekday, h => new OfficeHours(h.Opens, h.Closes) { BreakStarts = h.BreakStarts, BreakEnds = h.BreakEnds }),
        ObserveNationalHolidays = category.ClosedOnNationalHolidays,
        AnnualClosures = category.ClosedAtYearEnd ? [AnnualClosure.YearEnd] : [],
        ClosedDates = [.. category.ClosedDays.Select(d => d.Day)],
    };

    public static BusinessCalendar For(Category category) => new(Options(category));
}
