namespace CaseManagement.Workflows.Calendar;

/// <summary>The 祝日 of one year as the 国民の祝日に関する法律 (and its special laws) names them, before
/// 振替休日 and 国民の休日 are derived. Valid for 2000–2099.</summary>
internal static class HolidayLaw
{
    public static IEnumerable<NationalHoliday> NamedHolidays(int year)
    {
        NationalHoliday On(int month, int day, string name) => new(new DateOnly(year, month, day), name);

        yield return On(1, 1, "元日");
        yield return new(NthMonday(year, 1, 2), "成人の日");
        yield return On(2, 11, "建国記念の日");
        if (year >= 2020) yield return On(2, 23, "天皇誕生日");
        yield return On(3, VernalEquinoxDay(year), "春分の日");
        yield return On(4, 29, year >= 2007 ? "昭和の日" : "みどりの日");
        if (year == 2019) yield return On(5, 1, "天皇の即位の日");
        yield return On(5, 3, "憲法記念日");
        if (year >= 2007) yield return On(5, 4, "みどりの日");
        yield return On(5, 5, "こどもの日");
        // 2020 and 2021: moved around the Olympic opening and closing ceremonies (東京オリンピック特措法).
        yield return year switch
        {
            2020 => On(7, 23, "海の日"),
            2021 => On(7, 22, "海の日"),
            <= 2002 => On(7, 20, "海の日"),
            _ => new(NthMonday(year, 7, 3), "海の日"),
        };
        if (year is 2020 or 2021) yield return On(7, year == 2020 ? 24 : 23, "スポーツの日");
        if (year >= 2016) yield return year switch { 2020 => On(8, 10, "山の日"), 2021 => On(8, 8, "山の日"), _ => On(8, 11, "山の日") };
        yield return year <= 2002 ? On(9, 15, "敬老の日") : new(NthMonday(year, 9, 3), "敬老の日");
        yield return On(9, AutumnalEquinoxDay(year), "秋分の日");
        if (year <= 2019) yield return new(NthMonday(year, 10, 2), "体育の日");
        else if (year >= 2022) yield return new(NthMonday(year, 10, 2), "スポーツの日");
        if (year == 2019) yield return On(10, 22, "即位礼正殿の儀");
        yield return On(11, 3, "文化の日");
        yield return On(11, 23, "勤労感謝の日");
        if (year <= 2018) yield return On(12, 23, "天皇誕生日");
    }

    /// <summary>春分日 by the usual approximation, valid 1980–2099: floor(20.8431 + 0.242194(y−1980) − floor((y−1980)/4)).</summary>
    public static int VernalEquinoxDay(int year) => EquinoxDay(year, 20_843_100);

    /// <summary>秋分日, likewise: floor(23.2488 + 0.242194(y−1980) − floor((y−1980)/4)).</summary>
    public static int AutumnalEquinoxDay(int year) => EquinoxDay(year, 23_248_800);

    // In millionths of a day, so that no floating-point rounding can move a holiday.
    private static int EquinoxDay(int year, long baseMicroDays)
    {
        var years = year - 1980;
        return (int)((baseMicroDays + (242_194L * years)) / 1_000_000) - (years / 4);
    }

    /// <summary>The <paramref name="n"/>th Monday of a month (Happy Monday: 成人の日, 海の日, 敬老の日, スポーツの日).</summary>
    public static DateOnly NthMonday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }
}
