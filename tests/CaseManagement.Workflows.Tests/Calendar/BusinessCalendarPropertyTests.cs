using CaseManagement.Workflows.Calendar;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CaseManagement.Workflows.Tests.Calendar;

public sealed class BusinessCalendarPropertyTests
{
    private static readonly BusinessCalendar Calendar = new(BusinessCalendarOptions.Weekdays(
        OfficeHours.Municipal with { BreakStarts = new TimeOnly(12, 0), BreakEnds = new TimeOnly(13, 0) }));

    private static readonly DateTimeOffset Origin = new(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(9));

    /// <summary>Any minute of 2026–2027, and office time up to about a week.</summary>
    private static readonly Arbitrary<(int Start, int A, int B)> Cases =
        (from start in Gen.Choose(0, 2 * 365 * 24 * 60)
         from a in Gen.Choose(0, 3000)
         from b in Gen.Choose(0, 3000)
         select (start, a, b)).ToArbitrary();

    private static DateTimeOffset Plus(DateTimeOffset start, int minutes) =>
        Calendar.Add(start, new BusinessDuration(0, TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void Adding_office_time_in_two_steps_is_adding_it_at_once() =>
        Prop.ForAll(Cases, c =>
        {
            var start = Origin.AddMinutes(c.Start);
            return Plus(Plus(start, c.A), c.B) == Plus(start, c.A + c.B);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Office_time_ends_while_open_or_exactly_at_a_closing() =>
        Prop.ForAll(Cases, c =>
        {
            var end = Plus(Origin.AddMinutes(c.Start), c.A + 1);
            return Calendar.IsOpen(end.AddTicks(-1)) && (Calendar.IsOpen(end) || !Calendar.IsOpen(end.AddTicks(1)));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_next_opening_is_open_and_nothing_before_it_was() =>
        Prop.ForAll(Cases, c =>
        {
            var from = Origin.AddMinutes(c.Start);
            var opening = Calendar.NextOpening(from);
            var minute = from;
            while (minute < opening && !Calendar.IsOpen(minute)) minute = minute.AddMinutes(1);
            return Calendar.IsOpen(opening) && minute >= opening;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Business_days_land_on_a_business_day_after_the_start() =>
        Prop.ForAll(Cases, c =>
        {
            var start = Origin.AddMinutes(c.Start);
            var end = Calendar.Add(start, new BusinessDuration((c.A % 20) + 1, TimeSpan.Zero));
            return Calendar.IsOpen(end) && end > Calendar.NextOpening(start).AddHours(12);
        }).QuickCheckThrowOnFailure();
}
