using System.Collections;
using System.Globalization;

namespace CaseManagement.Workflows.Feel;

/// <summary>FEEL's value semantics over our variable types: numbers are decimals, comparisons of unlike kinds are null.</summary>
internal static class FeelValues
{
    /// <summary>Brings a host value into FEEL's domain (every number becomes decimal, lists and contexts readonly).</summary>
    public static object? Normalize(object? value) => value switch
    {
        null or bool or string or decimal or DateTimeOffset or DateOnly or TimeSpan or FeelYearsMonths or FeelRange or FeelTime or FeelFunction => value,
        TimeOnly t => new FeelTime(t.ToTimeSpan(), null),
        int i => (decimal)i,
        long l => (decimal)l,
        short s => (decimal)s,
        double d => double.IsFinite(d) && Math.Abs(d) < 7.9e28 ? (decimal)d : null,
        float f => float.IsFinite(f) && Math.Abs(f) < 7.9e28f ? (decimal)f : null,
        DateTime dt => new DateTimeOffset(dt),
        IReadOnlyDictionary<string, object?> or IReadOnlyList<object?> => value,
        IDictionary<string, object?> d => new Dictionary<string, object?>(d),
        IEnumerable e and not string => e.Cast<object?>().ToList(),
        _ => value,
    };

    /// <summary>Equality per FEEL: null = null is true; unlike kinds are not equal.</summary>
    public static bool? AreEqual(object? left, object? right)
    {
        left = Normalize(left);
        right = Normalize(right);
        if (left is null || right is null) return left is null && right is null;
        if (left is IReadOnlyList<object?> l && right is IReadOnlyList<object?> r)
        {
            return l.Count == r.Count && l.Zip(r).All(p => AreEqual(p.First, p.Second) == true);
        }
        if (left is IReadOnlyDictionary<string, object?> lc && right is IReadOnlyDictionary<string, object?> rc)
        {
            return lc.Count == rc.Count && lc.All(p => rc.TryGetValue(p.Key, out var v) && AreEqual(p.Value, v) == true);
        }
        if (Compare(left, right) is { } order) return order == 0;
        return left.GetType() == right.GetType() ? left.Equals(right) : null;
    }

    /// <summary>Orders two values of the same kind; null when they cannot be compared.</summary>
    public static int? Compare(object? left, object? right) => (Normalize(left), Normalize(right)) switch
    {
        (decimal a, decimal b) => a.CompareTo(b),
        (string a, string b) => string.CompareOrdinal(a, b),
        (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
        (DateOnly a, DateOnly b) => a.CompareTo(b),
        (TimeSpan a, TimeSpan b) => a.CompareTo(b),
        (FeelYearsMonths a, FeelYearsMonths b) => a.CompareTo(b),
        (FeelTime a, FeelTime b) => a.CompareTo(b),
        (bool a, bool b) when a == b => 0,
        _ => null,
    };

    /// <summary>Converts a FEEL result back to a variable value the host can store (null, bool, string, long,
    /// decimal, DateTimeOffset, dictionary, list); dates and durations become ISO 8601 strings.</summary>
    public static object? ToVariable(object? value) => value switch
    {
        decimal d when d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue && d.Scale == 0 => (long)d,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeSpan span => IsoDuration.Format(span),
        FeelYearsMonths months => months.ToString(),
        FeelTime time => time.ToString(),
        FeelRange => throw new FeelException("a range cannot be stored in a variable"),
        FeelFunction => throw new FeelException("a function cannot be stored in a variable"),
        IReadOnlyDictionary<string, object?> context => context.ToDictionary(p => p.Key, p => ToVariable(p.Value)),
        IReadOnlyList<object?> list => list.Select(ToVariable).ToList(),
        _ => value,
    };

    public static string TypeName(object? value) => Normalize(value) switch
    {
        null => "null",
        decimal => "number",
        string => "string",
        bool => "boolean",
        DateTimeOffset => "date and time",
        DateOnly => "date",
        TimeSpan => "days and time duration",
        FeelYearsMonths => "years and months duration",
        IReadOnlyList<object?> => "list",
        IReadOnlyDictionary<string, object?> => "context",
        FeelRange => "range",
        FeelTime => "time",
        FeelFunction => "function",
        var other => other.GetType().Name,
    };
}
