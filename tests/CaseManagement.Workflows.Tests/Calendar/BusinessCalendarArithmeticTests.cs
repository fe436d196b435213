using CaseManagement.Workflows.Calendar;
using Xunit;
using static CaseManagement.Workflows.Tests.Calendar.BusinessCalendarTests;

namespace CaseManagement.Workflows.Tests.Calendar;

public sealed class BusinessCalendarArithmeticTests
{
    private static readonly BusinessCalendar Municipal = BusinessCalendar.Municipal;

    private static DateTimeOffset Add(DateTimeOffset start, string duration, BusinessCalendar? calendar = null) =>
        (calendar ?? Municipal).Add(start, BusinessDuration.Parse(duration));

    [Fact]
    public void Office_hours_are_counted_inside_one_day() => Assert.Equal(Jst(4, 6, 13), Add(Jst(4, 6, 9), "PT4H"));

    [Fact]
    public void The_lunch_break_does_not_count()
    {
        var withLunch = new BusinessCalendar(BusinessCalendarOptions.Weekdays(
            OfficeHours.Municipal with { BreakStarts = new TimeOnly(12, 0), BreakEnds = new TimeOnly(13, 0) }));

        Assert.Equal(Jst(4, 6, 14), Add(Jst(4, 6, 9), "PT4H", withLunch));
    }

    [Fact]
    public void Office_time_that_ends_exactly_at_closing_ends_at_closing() =>
        Assert.Equal(Jst(4, 3, 17, 15), Add(Jst(4, 3, 13, 15), "PT4H"));

    [Fact]
    public void Office_hours_left_on_Friday_continue_on_Monday_morning() =>
        Assert.Equal(Jst(4, 6, 15, 15), Add(Jst(4, 3, 16), "PT8H"));

    [Fact]
    public void A_start_outside_hours_counts_from_the_next_opening()
    {
        Assert.Equal(Jst(4, 6, 9, 30), Add(Jst(4, 4, 10), "PT1H"));
        Assert.Equal(Jst(4, 7, 8, 30), Add(Jst(4, 3, 17, 15), "P1D"));
        Assert.Equal(Jst(4, 6, 9, 30), Add(Jst(4, 6, 6), "PT1H"));
    }

    [Fact]
    public void Business_days_keep_the_clock_time_and_skip_the_weekend()
    {
        Assert.Equal(Jst(4, 3, 10), Add(Jst(4, 1, 10), "P2D"));
        Assert.Equal(Jst(4, 6, 16), Add(Jst(4, 3, 16), "P1D"));
    }

    [Fact]
    public void A_business_day_that_lands_outside_that_days_hours_moves_to_the_next_opening()
    {
        // Saturday mornings only (土曜開庁): Friday 15:00 + 1 day is Saturday 15:00, already closed.
        var hours = new Dictionary<DayOfWeek, OfficeHours>(BusinessCalendarOptions.Municipal.Hours)
        {
            [DayOfWeek.Saturday] = new(new TimeOnly(9, 0), new TimeOnly(12, 0)),
        };
        var saturdays = new BusinessCalendar(BusinessCalendarOptions.Municipal with { Hours = hours });

        Assert.Equal(Jst(4, 6, 8, 30), Add(Jst(4, 3, 15), "P1D", saturdays));
        Assert.Equal(Jst(4, 4, 10), Add(Jst(4, 3, 10), "P1D", saturdays));
    }

    [Fact]
    public void The_year_end_closure_is_skipped()
    {
        Assert.Equal(Jst(1, 4, 10, year: 2027), Add(Jst(12, 28, 10), "P1D"));
        Assert.Equal(Jst(1, 4, 9, 15, year: 2027), Add(Jst(12, 28, 16), "PT2H"));
    }

    [Fact]
    public void Golden_Week_is_skipped()
    {
        Assert.Equal(Jst(5, 1, 10), Add(Jst(4, 28, 10), "P2D"));
        Assert.Equal(Jst(5, 7, 10), Add(Jst(4, 28, 10), "P3D"));
        Assert.Equal(Jst(5, 7, 9, 30), Add(Jst(5, 1, 16, 15), "PT2H"));
    }

    [Fact]
    public void Days_are_added_before_office_time() => Assert.Equal(Jst(4, 3, 9, 15), Add(Jst(4, 1, 16), "P1DT2H"));

    [Fact]
    public void A_zero_duration_is_the_next_opening() => Assert.Equal(Jst(4, 6, 8, 30), Add(Jst(4, 4, 12), "PT0S"));

    [Fact]
    public void The_result_is_in_Tokyo_time_whatever_the_offset_of_the_start() =>
        Assert.Equal(TimeSpan.FromHours(9), Add(new DateTimeOffset(2026, 4, 3, 23, 0, 0, TimeSpan.Zero), "PT1H").Offset);

    [Fact]
    public void A_negative_duration_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Municipal.Add(Jst(4, 6, 9), new BusinessDuration(-1, TimeSpan.Zero)));
}
