namespace CaseManagement.Workflows.Feel;

/// <summary>The numeric functions of DMN 1.3 §10.3.4.5 that the original set lacked, and the rounding functions of
/// DMN 1.4. FEEL numbers are decimals: square roots are refined in decimal, not left at double precision.</summary>
internal static class FeelNumericFunctions
{
    public static IEnumerable<KeyValuePair<string, Func<FeelCall, object?>>> All { get; } = new Dictionary<string, Func<FeelCall, object?>>
    {
        ["sqrt"] = c => c.Expect(1)[0] is decimal d ? SquareRoot(d) : null,
        ["odd"] = c => Whole(c) is { } n ? n % 2 != 0 : null,
        ["even"] = c => Whole(c) is { } n ? n % 2 == 0 : null,
        ["log"] = c => c.Expect(1)[0] is decimal d && d > 0 ? FromDouble(Math.Log((double)d)) : null,
        ["exp"] = c => c.Expect(1)[0] is decimal d ? FromDouble(Math.Exp((double)d)) : null,
        ["round up"] = c => Round(c, (whole, fraction) => fraction > 0 ? whole + 1 : whole),
        ["round down"] = c => Round(c, (whole, _) => whole),
        ["round half up"] = c => Round(c, (whole, fraction) => fraction >= 0.5m ? whole + 1 : whole),
        ["round half down"] = c => Round(c, (whole, fraction) => fraction > 0.5m ? whole + 1 : whole),
    };

    /// <summary>√d to decimal precision; null for a negative number.</summary>
    public static decimal? SquareRoot(decimal d)
    {
        if (d < 0) return null;
        if (d == 0) return 0m;
        var x = (decimal)Math.Sqrt((double)d);
        // Newton's method from the double estimate; a few rounds reach decimal's 28 digits.
        for (var i = 0; i < 4 && x != 0; i++) x = (x + (d / x)) / 2;
        return x;
    }

    private static decimal? Whole(FeelCall call) => call.Expect(1)[0] is decimal d && d == decimal.Truncate(d) ? d : null;

    private static decimal? FromDouble(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e28 ? (decimal)value : null;

    // Rounds |n| at the scale with the given rule for the dropped fraction, then restores the sign.
    private static decimal? Round(FeelCall call, Func<decimal, decimal, decimal> rule)
    {
        if (call.Expect(2).Arguments is not [decimal n, decimal scale] || scale is < 0 or > 28 || scale != decimal.Truncate(scale)) return null;
        try
        {
            var factor = 1m;
            for (var i = 0; i < scale; i++) factor *= 10;
            var scaled = Math.Abs(n) * factor;
            var whole = decimal.Truncate(scaled);
            return Math.Sign(n) * rule(whole, scaled - whole) / factor;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
