namespace CaseManagement.Workflows.Calendar;

/// <summary>Days the office closes every year, from one month-day to another inclusive, possibly across New Year:
/// 年末年始 is Dec 29 – Jan 3.</summary>
public sealed record AnnualClosure(string Name, int FromMonth, int FromDay, int ToMonth, int ToDay)
{
    /// <summary>年末年始: December 29 to January 3, closed in every municipal office (行政機関の休日に関する法律).</summary>
    public static AnnualClosure YearEnd { get; } = new("年末年始", 12, 29, 1, 3);

    /// <summary>Whether <paramref name="date"/> falls in the closure.</summary>
    public bool Contains(DateOnly date)
    {
        var day = (date.Month * 100) + date.Day;
        var from = (FromMonth * 100) + FromDay;
        var to = (ToMonth * 100) + ToDay;
        return from <= to ? day >= from && day <= to : day >= from || day <= to;
    }

    /// <summary>Why this closure cannot be used, or null when it can.</summary>
    internal string? Problem() =>
        IsMonthDay(FromMonth, FromDay) && IsMonthDay(ToMonth, ToDay) ? null : $"'{Name}' has an impossible month or day";

    private static bool IsMonthDay(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month);
}
