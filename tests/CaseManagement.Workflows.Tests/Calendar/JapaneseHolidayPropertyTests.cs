using CaseManagement.Workflows.Calendar;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CaseManagement.Workflows.Tests.Calendar;

public sealed class JapaneseHolidayPropertyTests
{
    private static readonly Arbitrary<int> Years = Gen.Choose(JapaneseHolidays.FirstYear, JapaneseHolidays.LastYear).ToArbitrary();

    private static bool IsNamed(DateOnly date) => JapaneseHolidays.NameOf(date) is { } name && name is not (NationalHoliday.Substitute or NationalHoliday.Sandwiched);

    [Fact]
    public void Every_substitute_holiday_is_a_weekday_ending_a_chain_of_holidays_that_starts_on_a_Sunday() =>
        Prop.ForAll(Years, year => JapaneseHolidays.In(year).Where(h => h.Name == NationalHoliday.Substitute).All(h =>
        {
            var day = h.Date.AddDays(-1);
            while (day.DayOfWeek != DayOfWeek.Sunday && IsNamed(day)) day = day.AddDays(-1);
            return h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && day.DayOfWeek == DayOfWeek.Sunday && IsNamed(day);
        })).QuickCheckThrowOnFailure();

    [Fact]
    public void Every_named_holiday_on_a_Sunday_is_followed_by_a_substitute_after_its_chain() =>
        Prop.ForAll(Years, year => JapaneseHolidays.In(year).Where(h => h.IsNamedHoliday && h.Date.DayOfWeek == DayOfWeek.Sunday).All(h =>
        {
            var day = h.Date.AddDays(1);
            while (IsNamed(day)) day = day.AddDays(1);
            return JapaneseHolidays.NameOf(day) == NationalHoliday.Substitute;
        })).QuickCheckThrowOnFailure();

    [Fact]
    public void Every_citizens_holiday_lies_between_two_named_holidays() =>
        Prop.ForAll(Years, year => JapaneseHolidays.In(year).Where(h => h.Name == NationalHoliday.Sandwiched)
            .All(h => IsNamed(h.Date.AddDays(-1)) && IsNamed(h.Date.AddDays(1)))).QuickCheckThrowOnFailure();

    [Fact]
    public void No_ordinary_weekday_is_left_between_two_named_holidays() =>
        Prop.ForAll(Years, year => JapaneseHolidays.In(year).Where(h => h.IsNamedHoliday)
            .Select(h => h.Date.AddDays(1))
            .Where(d => d.Year == year && IsNamed(d.AddDays(1)) && d.DayOfWeek != DayOfWeek.Sunday)
            .All(JapaneseHolidays.IsHoliday)).QuickCheckThrowOnFailure();

    [Fact]
    public void Every_year_has_sixteen_named_holidays_after_2016_except_for_2019() =>
        Prop.ForAll(Gen.Choose(2016, JapaneseHolidays.LastYear).ToArbitrary(), year =>
            JapaneseHolidays.In(year).Count(h => h.IsNamedHoliday) == (year == 2019 ? 17 : 16)).QuickCheckThrowOnFailure();

    [Fact]
    public void The_equinoxes_stay_within_their_known_days() =>
        Prop.ForAll(Years, year =>
            JapaneseHolidays.In(year).Single(h => h.Name == "春分の日").Date is { Month: 3, Day: >= 19 and <= 21 }
            && JapaneseHolidays.In(year).Single(h => h.Name == "秋分の日").Date is { Month: 9, Day: >= 22 and <= 23 }).QuickCheckThrowOnFailure();

    [Fact]
    public void Happy_Monday_holidays_fall_on_Mondays() =>
        Prop.ForAll(Gen.Choose(2003, JapaneseHolidays.LastYear).Where(y => y is not (2020 or 2021)).ToArbitrary(), year =>
            JapaneseHolidays.In(year).Where(h => h.Name is "成人の日" or "海の日" or "敬老の日" or "体育の日" or "スポーツの日")
                .All(h => h.Date.DayOfWeek == DayOfWeek.Monday)).QuickCheckThrowOnFailure();
}
