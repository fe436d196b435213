using CaseManagement.Workflows.Calendar;
using Xunit;

namespace CaseManagement.Workflows.Tests.Calendar;

public sealed class JapaneseHolidaysTests
{
    private static (DateOnly, string)[] Computed(int year) => [.. JapaneseHolidays.In(year).Select(h => (h.Date, h.Name))];

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void The_computed_holidays_equal_the_Cabinet_Office_list_for_2020_to_2030()
    {
        var computed = Enumerable.Range(CabinetOfficeHolidays.FirstYear, CabinetOfficeHolidays.LastYear - CabinetOfficeHolidays.FirstYear + 1)
            .SelectMany(Computed);

        Assert.Equal(CabinetOfficeHolidays.All, computed);
    }

    [Theory]
    [InlineData(2020, 18)]
    [InlineData(2024, 21)]
    [InlineData(2026, 18)]
    public void Each_year_has_the_official_number_of_holidays(int year, int count) =>
        Assert.Equal(count, JapaneseHolidays.In(year).Count);

    [Fact]
    public void The_2019_accession_gives_a_ten_day_Golden_Week_and_no_emperors_birthday()
    {
        Assert.Equal(
            [
                (D(2019, 4, 29), "昭和の日"), (D(2019, 4, 30), "国民の休日"), (D(2019, 5, 1), "天皇の即位の日"),
                (D(2019, 5, 2), "国民の休日"), (D(2019, 5, 3), "憲法記念日"), (D(2019, 5, 4), "みどりの日"),
                (D(2019, 5, 5), "こどもの日"), (D(2019, 5, 6), "振替休日"),
            ],
            Computed(2019).Where(h => h.Item1.Month is 4 or 5 && h.Item1 >= D(2019, 4, 29)));
        Assert.Equal("即位礼正殿の儀", JapaneseHolidays.NameOf(D(2019, 10, 22)));
        Assert.DoesNotContain(Computed(2019), h => h.Item2 == "天皇誕生日");
    }

    [Fact]
    public void The_emperors_birthday_is_December_23_until_2018_and_February_23_from_2020()
    {
        Assert.Equal("天皇誕生日", JapaneseHolidays.NameOf(D(2018, 12, 23)));
        Assert.Null(JapaneseHolidays.NameOf(D(2018, 2, 23)));
        Assert.Null(JapaneseHolidays.NameOf(D(2020, 12, 23)));
        Assert.Equal("天皇誕生日", JapaneseHolidays.NameOf(D(2020, 2, 23)));
    }

    [Fact]
    public void Marine_day_and_respect_for_the_aged_day_became_Happy_Mondays_in_2003()
    {
        Assert.Equal("海の日", JapaneseHolidays.NameOf(D(2002, 7, 20)));
        Assert.Equal("敬老の日", JapaneseHolidays.NameOf(D(2002, 9, 15)));
        Assert.Equal("振替休日", JapaneseHolidays.NameOf(D(2002, 9, 16)));
        Assert.Equal("海の日", JapaneseHolidays.NameOf(D(2003, 7, 21)));
        Assert.Equal("敬老の日", JapaneseHolidays.NameOf(D(2003, 9, 15)));
    }

    [Fact]
    public void Mountain_day_exists_from_2016()
    {
        Assert.Null(JapaneseHolidays.NameOf(D(2015, 8, 11)));
        Assert.Equal("山の日", JapaneseHolidays.NameOf(D(2016, 8, 11)));
    }

    [Fact]
    public void Greenery_day_moved_to_May_4_in_2007_when_April_29_became_Showa_day()
    {
        Assert.Equal("みどりの日", JapaneseHolidays.NameOf(D(2006, 4, 29)));
        Assert.Equal("国民の休日", JapaneseHolidays.NameOf(D(2006, 5, 4)));
        Assert.Equal("昭和の日", JapaneseHolidays.NameOf(D(2007, 4, 29)));
        Assert.Equal("みどりの日", JapaneseHolidays.NameOf(D(2007, 5, 4)));
    }

    [Fact]
    public void A_Sunday_holiday_is_substituted_by_the_next_day_that_is_not_a_holiday_before_and_after_2007()
    {
        // 2003-11-23 勤労感謝の日 fell on a Sunday.
        Assert.Equal("振替休日", JapaneseHolidays.NameOf(D(2003, 11, 24)));
        // 2008-05-04 (Sun) みどりの日 → Tue 6 under the 2007 rule.
        Assert.Equal("振替休日", JapaneseHolidays.NameOf(D(2008, 5, 6)));
    }

    [Theory]
    [InlineData(2009, 22)]
    [InlineData(2015, 22)]
    [InlineData(2032, 21)]
    [InlineData(2037, 22)]
    public void A_Silver_Week_puts_a_citizens_holiday_between_respect_for_the_aged_day_and_the_autumn_equinox(int year, int day)
    {
        Assert.Equal("敬老の日", JapaneseHolidays.NameOf(D(year, 9, day - 1)));
        Assert.Equal("国民の休日", JapaneseHolidays.NameOf(D(year, 9, day)));
        Assert.Equal("秋分の日", JapaneseHolidays.NameOf(D(year, 9, day + 1)));
    }

    [Fact]
    public void An_ordinary_day_has_no_name()
    {
        Assert.Null(JapaneseHolidays.NameOf(D(2026, 6, 15)));
        Assert.False(JapaneseHolidays.IsHoliday(D(2026, 6, 15)));
        Assert.True(JapaneseHolidays.IsHoliday(D(2026, 9, 22)));
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2100)]
    public void Years_outside_2000_to_2099_are_refused(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseHolidays.In(year));
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseHolidays.IsHoliday(new DateOnly(year, 6, 1)));
    }
}
