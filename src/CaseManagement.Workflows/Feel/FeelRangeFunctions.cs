namespace CaseManagement.Workflows.Feel;

/// <summary>The range functions of DMN 1.3 §10.3.4.9 (before, after, meets, overlaps, includes, during, starts,
/// finishes, coincides…) over points and ranges; null when the ends cannot be compared.</summary>
internal static class FeelRangeFunctions
{
    public static IEnumerable<KeyValuePair<string, Func<FeelCall, object?>>> All { get; } = new Dictionary<string, Func<FeelCall, object?>>
    {
        ["before"] = c => Two(c, Before),
        ["after"] = c => Two(c, (a, b) => Before(b, a)),
        ["meets"] = c => Ranges(c, (a, b) => a.HighClosed && b.LowClosed && C(a.High, b.Low) == 0),
        ["met by"] = c => Ranges(c, (a, b) => b.HighClosed && a.LowClosed && C(b.High, a.Low) == 0),
        ["overlaps"] = c => Ranges(c, Overlaps),
        ["overlaps before"] = c => Ranges(c, OverlapsBefore),
        ["overlaps after"] = c => Ranges(c, (a, b) => OverlapsBefore(b, a)),
        ["finishes"] = c => Two(c, Finishes),
        ["finished by"] = c => Two(c, (a, b) => Finishes(b, a)),
        ["includes"] = c => Two(c, Includes),
        ["during"] = c => Two(c, (a, b) => Includes(b, a)),
        ["starts"] = c => Two(c, Starts),
        ["started by"] = c => Two(c, (a, b) => Starts(b, a)),
        ["coincides"] = c => Two(c, Coincides),
    };

    private static object? Two(FeelCall call, Func<object, object, bool?> test)
    {
        call.Expect(2);
        if (call[0] is null || call[1] is null) return null;
        var ends = Ends(call[0]).Concat(Ends(call[1])).ToList();
        return ends.All(e => e is not null && FeelValues.Compare(e, ends[0]) is not null) ? test(call[0]!, call[1]!) : null;
    }

    private static object? Ranges(FeelCall call, Func<FeelRange, FeelRange, bool> test) =>
        call.Expect(2).Arguments is [FeelRange, FeelRange] ? Two(call, (a, b) => test((FeelRange)a, (FeelRange)b)) : null;

    private static IEnumerable<object?> Ends(object? value) => value is FeelRange r ? [r.Low, r.High] : [value];

    // Every end was checked comparable with the others before a test runs.
    private static int C(object? a, object? b) => FeelValues.Compare(a, b)!.Value;

    private static bool? Before(object a, object b) => (a, b) switch
    {
        (FeelRange r1, FeelRange r2) => C(r1.High, r2.Low) < 0 || ((!r1.HighClosed || !r2.LowClosed) && C(r1.High, r2.Low) == 0),
        (FeelRange r, var p) => C(r.High, p) < 0 || (C(r.High, p) == 0 && !r.HighClosed),
        (var p, FeelRange r) => C(p, r.Low) < 0 || (C(p, r.Low) == 0 && !r.LowClosed),
        var (p1, p2) => C(p1, p2) < 0,
    };

    private static bool Overlaps(FeelRange a, FeelRange b) =>
        (C(a.High, b.Low) > 0 || (C(a.High, b.Low) == 0 && a.HighClosed && b.LowClosed))
        && (C(a.Low, b.High) < 0 || (C(a.Low, b.High) == 0 && a.LowClosed && b.HighClosed));

    private static bool OverlapsBefore(FeelRange a, FeelRange b) =>
        (C(a.Low, b.Low) < 0 || (C(a.Low, b.Low) == 0 && a.LowClosed && !b.LowClosed))
        && (C(a.High, b.Low) > 0 || (C(a.High, b.Low) == 0 && a.HighClosed && b.LowClosed))
        && (C(a.High, b.High) < 0 || (C(a.High, b.High) == 0 && (!a.HighClosed || b.HighClosed)));

    private static bool? Finishes(object a, object b) => (a, b) switch
    {
        (FeelRange r1, FeelRange r2) => r1.HighClosed == r2.HighClosed && C(r1.High, r2.High) == 0
            && (C(r1.Low, r2.Low) > 0 || (C(r1.Low, r2.Low) == 0 && (!r1.LowClosed || r2.LowClosed))),
        (not FeelRange, FeelRange r) => r.HighClosed && C(r.High, a) == 0,
        _ => null,
    };

    private static bool? Includes(object a, object b) => (a, b) switch
    {
        (FeelRange r1, FeelRange r2) => (C(r1.Low, r2.Low) < 0 || (C(r1.Low, r2.Low) == 0 && (r1.LowClosed || !r2.LowClosed)))
            && (C(r1.High, r2.High) > 0 || (C(r1.High, r2.High) == 0 && (r1.HighClosed || !r2.HighClosed))),
        (FeelRange r, not FeelRange) => (C(r.Low, b) < 0 && C(r.High, b) > 0) || (C(r.Low, b) == 0 && r.LowClosed) || (C(r.High, b) == 0 && r.HighClosed),
        _ => null,
    };

    private static bool? Starts(object a, object b) => (a, b) switch
    {
        (FeelRange r1, FeelRange r2) => C(r1.Low, r2.Low) == 0 && r1.LowClosed == r2.LowClosed
            && (C(r1.High, r2.High) < 0 || (C(r1.High, r2.High) == 0 && (!r1.HighClosed || r2.HighClosed))),
        (not FeelRange, FeelRange r) => r.LowClosed && C(r.Low, a) == 0,
        _ => null,
    };

    private static bool? Coincides(object a, object b) => (a, b) switch
    {
        (FeelRange r1, FeelRange r2) => C(r1.Low, r2.Low) == 0 && C(r1.High, r2.High) == 0 && r1.LowClosed == r2.LowClosed && r1.HighClosed == r2.HighClosed,
        (not FeelRange, not FeelRange) => C(a, b) == 0,
        _ => null,
    };
}
