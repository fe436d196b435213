using System.Collections.Frozen;

namespace CaseManagement.Workflows.Calendar;

/// <summary>The national holidays of Japan, computed by the rules of the 国民の祝日に関する法律 for 2000–2099:
/// the 祝日 themselves, 振替休日 and 国民の休日.</summary>
public static class JapaneseHolidays
{
    /// <summary>The first year computed; the law changed too often before it to be worth encoding.</summary>
    public const int FirstYear = 2000;

    /// <summary>The last year computed: the equinox approximation is valid up to 2099.</summary>
    public const int LastYear = 2099;

    private static readonly Lazy<FrozenDictionary<int, NationalHoliday[]>> ByYear = new(() =>
        Enumerable.Range(FirstYear, LastYear - FirstYear + 1).ToFrozenDictionary(y => y, Compute));

    private static readonly Lazy<FrozenDictionary<DateOnly, string>> ByDate = new(() =>
        ByYear.Value.Values.SelectMany(h => h).ToFrozenDictionary(h => h.Date, h => h.Name));

    /// <summary>The holidays of <paramref name="year"/>, in date order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">the year is outside 2000–2099.</exception>
    public static IReadOnlyList<NationalHoliday> In(int year)
    {
        CheckYear(year);
        return ByYear.Value[year];
    }

    /// <summary>Whether <paramref name="date"/> is a national holiday (祝日, 振替休日 or 国民の休日).</summary>
    /// <exception cref="ArgumentOutOfRangeException">the year is outside 2000–2099.</exception>
    public static bool IsHoliday(DateOnly date) => NameOf(date) is not null;

    /// <summary>The Japanese name of the holiday on <paramref name="date"/>, or null on an ordinary day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">the year is outside 2000–2099.</exception>
    public static string? NameOf(DateOnly date)
    {
        CheckYear(date.Year);
        return ByDate.Value.GetValueOrDefault(date);
    }

    private static void CheckYear(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Expected a year from {FirstYear} to {LastYear} for Japanese holidays but got {year}");
        }
    }

    private static NationalHoliday[] Compute(int year)
    {
        var named = HolidayLaw.NamedHolidays(year).ToDictionary(h => h.Date, h => h.Name);
        var all = new Dictionary<DateOnly, string>(named);
        foreach (var sunday in named.Keys.Where(d => d.DayOfWeek == DayOfWeek.Sunday))
        {
            // Since 2007 the substitute is the next day that is not a 祝日; before, only the Monday, if free.
            var day = sunday.AddDays(1);
            while (year >= 2007 && named.ContainsKey(day)) day = day.AddDays(1);
            if (!named.ContainsKey(day)) all[day] = NationalHoliday.Substitute;
        }
        foreach (var date in named.Keys)
        {
            // A day between two 祝日 rests too (Sundays and 振替休日 excepted, as in the law until 2006 and the
            // official lists since).
            var between = date.AddDays(1);
            if (named.ContainsKey(between.AddDays(1)) && !all.ContainsKey(between) && between.DayOfWeek != DayOfWeek.Sunday)
            {
                all[between] = NationalHoliday.Sandwiched;
            }
        }
        return [.. all.Select(h => new NationalHoliday(h.Key, h.Value)).OrderBy(h => h.Date)];
    }
}
