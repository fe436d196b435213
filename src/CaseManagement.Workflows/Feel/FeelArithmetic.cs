namespace CaseManagement.Workflows.Feel;

/// <summary>+ - * / ** over numbers, strings, dates and durations; null for anything else or on overflow.</summary>
internal static class FeelArithmetic
{
    public static object? Negate(object? value) => value switch
    {
        decimal d => -d,
        TimeSpan t => -t,
        FeelYearsMonths m => new FeelYearsMonths(-m.Months),
        _ => null,
    };

    public static object? Apply(string op, object? left, object? right)
    {
        try
        {
            return Calculate(op, left, right);
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException or DivideByZeroException)
        {
            return null;
        }
    }

    private static object? Calculate(string op, object? left, object? right) => (op, left, right) switch
    {
        ("+", decimal a, decimal b) => a + b,
        ("-", decimal a, decimal b) => a - b,
        ("*", decimal a, decimal b) => a * b,
        ("/", decimal, 0m) => null,
        ("/", decimal a, decimal b) => a / b,
        ("**", decimal a, decimal b) => Power(a, b),
        ("+", string a, string b) => a + b,
        ("+", TimeSpan a, TimeSpan b) => a + b,
        ("-", TimeSpan a, TimeSpan b) => a - b,
        ("*", TimeSpan a, decimal b) => TimeSpan.FromTicks((long)(a.Ticks * b)),
        ("*", decimal a, TimeSpan b) => TimeSpan.FromTicks((long)(b.Ticks * a)),
        ("/", TimeSpan a, decimal b) when b != 0 => TimeSpan.FromTicks((long)(a.Ticks / b)),
        ("+", FeelYearsMonths a, FeelYearsMonths b) => new FeelYearsMonths(checked(a.Months + b.Months)),
        ("-", FeelYearsMonths a, FeelYearsMonths b) => new FeelYearsMonths(checked(a.Months - b.Months)),
        ("+", DateTimeOffset a, TimeSpan b) => a + b,
        ("+", TimeSpan a, DateTimeOffset b) => b + a,
        ("-", DateTimeOffset a, TimeSpan b) => a - b,
        ("+", DateTimeOffset a, FeelYearsMonths b) => a.AddMonths(b.Months),
        ("-", DateTimeOffset a, FeelYearsMonths b) => a.AddMonths(-b.Months),
        ("-", DateTimeOffset a, DateTimeOffset b) => a - b,
        ("+", DateOnly a, TimeSpan b) => a.AddDays(b.Days),
        ("-", DateOnly a, TimeSpan b) => a.AddDays(-b.Days),
        ("+", DateOnly a, FeelYearsMonths b) => a.AddMonths(b.Months),
        ("-", DateOnly a, FeelYearsMonths b) => a.AddMonths(-b.Months),
        ("-", DateOnly a, DateOnly b) => TimeSpan.FromDays(a.DayNumber - b.DayNumber),
        ("+", FeelTime a, TimeSpan b) => a.Add(b),
        ("+", TimeSpan a, FeelTime b) => b.Add(a),
        ("-", FeelTime a, TimeSpan b) => a.Add(-b),
        ("-", FeelTime a, FeelTime b) when a.CompareTo(b) is not null => (a.TimeOfDay - (a.Offset ?? TimeSpan.Zero)) - (b.TimeOfDay - (b.Offset ?? TimeSpan.Zero)),
        _ => null,
    };

    // Integral exponents only: FEEL numbers are decimals and a fractional power is rarely wanted in case rules.
    private static decimal? Power(decimal a, decimal b)
    {
        if (b != decimal.Truncate(b) || Math.Abs(b) > 1000) return null;
        var result = 1m;
        for (var i = 0; i < Math.Abs(b); i++) result *= a;
        return b < 0 ? (result == 0 ? null : 1m / result) : result;
    }
}
