using CaseManagement.Workflows.Calendar;
using Xunit;

namespace CaseManagement.Workflows.Tests.Calendar;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Municipal = BusinessCalendar.Municipal;

    // 窓口は昼休み 12:00–13:00 に閉まる
    private static readonly BusinessCalendar WithLunch = new(BusinessCalendarOptions.Weekdays(
        OfficeHours.Municipal with { BreakStarts = new TimeOnly(12, 0), BreakEnds = new TimeOnly(13, 0) }));

    /// <summary>A JST instant: 2026-04-03 is a Friday, 04-06 a Monday.</summary>
    internal static DateTimeOffset Jst(int month, int day, int hour, int minute = 0, int year = 2026) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(9));

    private static DateTimeOffset Add(BusinessCalendar calendar, DateTimeOffset start, string duration) =>
        calendar.Add(start, BusinessDuration.Parse(duration));

    [Fact]
    public void The_office_is_open_from_opening_time_up_to_but_not_at_closing_time()
    {
        Assert.True(Municipal.IsOpen(Jst(4, 6, 8, 30)));
        Assert.False(Municipal.IsOpen(Jst(4, 6, 8, 30).AddTicks(-1)));
        Assert.True(Municipal.IsOpen(Jst(4, 6, 17, 14)));
        Assert.False(Municipal.IsOpen(Jst(4, 6, 17, 15)));
    }

    [Fact]
    public void Weekends_holidays_the_year_end_and_the_lunch_break_are_closed()
    {
        Assert.False(Municipal.IsOpen(Jst(4, 4, 10)));
        Assert.False(Municipal.IsOpen(Jst(4, 29, 10)));
        Assert.False(Municipal.IsOpen(Jst(12, 29, 10)));
        Assert.False(Municipal.IsOpen(Jst(1, 2, 10)));
        Assert.True(Municipal.IsOpen(Jst(12, 28, 10)));
        Assert.False(WithLunch.IsOpen(Jst(4, 6, 12, 30)));
        Assert.True(WithLunch.IsOpen(Jst(4, 6, 13, 0)));
    }

    [Fact]
    public void An_instant_in_another_offset_is_judged_in_Tokyo_time()
    {
        Assert.True(Municipal.IsOpen(new DateTimeOffset(2026, 4, 6, 0, 0, 0, TimeSpan.Zero)));
        Assert.False(Municipal.IsOpen(new DateTimeOffset(2026, 4, 5, 23, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_next_opening_of_an_open_instant_is_that_instant() =>
        Assert.Equal(Jst(4, 6, 10, 7), Municipal.NextOpening(Jst(4, 6, 10, 7)));

    [Fact]
    public void The_next_opening_skips_closing_time_weekends_the_lunch_break_and_Golden_Week()
    {
        Assert.Equal(Jst(4, 6, 8, 30), Municipal.NextOpening(Jst(4, 3, 17, 15)));
        Assert.Equal(Jst(4, 6, 8, 30), Municipal.NextOpening(Jst(4, 4, 10)));
        Assert.Equal(Jst(4, 6, 8, 30), Municipal.NextOpening(Jst(4, 6, 7)));
        Assert.Equal(Jst(4, 6, 13, 0), WithLunch.NextOpening(Jst(4, 6, 12, 10)));
        Assert.Equal(Jst(5, 7, 8, 30), Municipal.NextOpening(Jst(5, 1, 17, 30)));
    }

    [Fact]
    public void Municipal_closed_dates_and_national_holidays_can_be_configured()
    {
        var inspection = new BusinessCalendar(BusinessCalendarOptions.Municipal with { ClosedDates = [new DateOnly(2026, 4, 6)] });
        var noHolidays = new BusinessCalendar(BusinessCalendarOptions.Municipal with { ObserveNationalHolidays = false, AnnualClosures = [] });

        Assert.Equal(Jst(4, 7, 8, 30), inspection.NextOpening(Jst(4, 3, 17, 15)));
        Assert.True(noHolidays.IsOpen(Jst(4, 29, 10)));
        Assert.True(noHolidays.IsOpen(Jst(12, 29, 10)));
    }

    [Fact]
    public void Impossible_options_are_refused_when_the_calendar_is_built()
    {
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(BusinessCalendarOptions.Weekdays(new OfficeHours(new TimeOnly(17, 0), new TimeOnly(9, 0)))));
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(BusinessCalendarOptions.Weekdays(
            OfficeHours.Municipal with { BreakStarts = new TimeOnly(7, 0), BreakEnds = new TimeOnly(8, 0) })));
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(BusinessCalendarOptions.Municipal with { Hours = new Dictionary<DayOfWeek, OfficeHours>() }));
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(BusinessCalendarOptions.Municipal with { AnnualClosures = [new("x", 2, 30, 3, 1)] }));
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(BusinessCalendarOptions.Municipal with { TimeZoneId = "Mars/Olympus" }));
    }
}
