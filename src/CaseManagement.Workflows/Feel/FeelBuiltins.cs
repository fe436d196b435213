using System.Globalization;

namespace CaseManagement.Workflows.Feel;

/// <summary>The built-in functions of FEEL that case rules use. An unknown function or wrong argument count throws;
/// arguments of the wrong type yield null, as FEEL specifies.</summary>
internal static class FeelBuiltins
{
    private static readonly Dictionary<string, Func<object?[], object?>> Functions = new()
    {
        ["not"] = a => Arity(a, 1) is bool b ? !b : null,
        ["string length"] = a => Arity(a, 1) is string s ? (decimal)s.Length : null,
        ["upper case"] = a => Arity(a, 1) is string s ? s.ToUpperInvariant() : null,
        ["lower case"] = a => Arity(a, 1) is string s ? s.ToLowerInvariant() : null,
        ["contains"] = a => Strings(a) is var (s, t) ? s.Contains(t, StringComparison.Ordinal) : null,
        ["starts with"] = a => Strings(a) is var (s, t) ? s.StartsWith(t, StringComparison.Ordinal) : null,
        ["ends with"] = a => Strings(a) is var (s, t) ? s.EndsWith(t, StringComparison.Ordinal) : null,
        ["substring before"] = a => Strings(a) is var (s, t) ? (s.IndexOf(t, StringComparison.Ordinal) is var i and >= 0 ? s[..i] : "") : null,
        ["substring after"] = a => Strings(a) is var (s, t) ? (s.IndexOf(t, StringComparison.Ordinal) is var i and >= 0 ? s[(i + t.Length)..] : "") : null,
        ["substring"] = Substring,
        ["string"] = a => Arity(a, 1) switch
        {
            null => null,
            string s => s,
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            DateTimeOffset dt => dt.ToString("O", CultureInfo.InvariantCulture),
            var other => FeelValues.ToVariable(other)?.ToString(),
        },
        ["number"] = a => Arity(a, 1) is string s && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null,
        ["count"] = a => Arity(a, 1) is IReadOnlyList<object?> l ? (decimal)l.Count : null,
        ["sum"] = a => Numbers(a) is { } n ? n.Sum() : null,
        ["min"] = a => Comparable(a) is { Count: > 0 } l ? l.Aggregate((x, y) => FeelValues.Compare(x, y) <= 0 ? x : y) : null,
        ["max"] = a => Comparable(a) is { Count: > 0 } l ? l.Aggregate((x, y) => FeelValues.Compare(x, y) >= 0 ? x : y) : null,
        ["mean"] = a => Numbers(a) is { Count: > 0 } n ? n.Sum() / n.Count : null,
        ["abs"] = a => Arity(a, 1) is decimal d ? Math.Abs(d) : null,
        ["floor"] = a => Arity(a, 1) is decimal d ? decimal.Floor(d) : null,
        ["ceiling"] = a => Arity(a, 1) is decimal d ? decimal.Ceiling(d) : null,
        ["list contains"] = a => a.Length == 2 && a[0] is IReadOnlyList<object?> l ? l.Any(i => FeelValues.AreEqual(i, a[1]) is true) : null,
        ["is defined"] = a => Arity(a, 1) is not null,
        ["string join"] = a => a is [IReadOnlyList<object?> l, ..] && a.Length <= 2 && l.All(i => i is null or string)
            ? string.Join(a.Length == 2 ? a[1] as string ?? "" : "", l.OfType<string>())
            : null,
        ["append"] = a => a is [IReadOnlyList<object?> l, ..] ? (object)l.Concat(a.Skip(1)).ToList() : null,
        ["concatenate"] = a => a.All(i => i is IReadOnlyList<object?>) ? a.Cast<IReadOnlyList<object?>>().SelectMany(l => l).ToList() : null,
        ["all"] = a => Items(a) is { } items && items.All(i => i is bool) ? items.All(i => i is true) : null,
        ["any"] = a => Items(a) is { } items && items.All(i => i is bool) ? items.Any(i => i is true) : null,
        ["modulo"] = a => a is [decimal x, decimal y] && y != 0 ? x - (y * decimal.Floor(x / y)) : null,
        ["decimal"] = a => a is [decimal x, decimal scale] && scale is >= 0 and <= 28 ? Math.Round(x, (int)scale, MidpointRounding.ToEven) : null,
        ["date"] = FeelTemporal.Date,
        ["date and time"] = FeelTemporal.DateAndTime,
        ["duration"] = FeelTemporal.Duration,
        ["years and months duration"] = FeelTemporal.YearsAndMonths,
    };

    // The functions added later, which may need the running evaluation: its clock, its budget, its regex timeout.
    private static readonly Dictionary<string, Func<FeelCall, object?>> WithEvaluation = new[]
    {
        FeelListFunctions.All, FeelNumericFunctions.All, FeelCalendarFunctions.All, FeelContextFunctions.All, FeelRegex.All, FeelRangeFunctions.All,
    }.SelectMany(functions => functions).ToDictionary(p => p.Key, p => p.Value);

    /// <summary>Every built-in's name; the lexer reads those with spaces ("day of week") as one name.</summary>
    public static IEnumerable<string> Names => Functions.Keys.Concat(WithEvaluation.Keys);

    /// <summary>A built-in that needs only its arguments, as the decision table aggregations call sum, min and max.</summary>
    public static object? Call(string name, object?[] arguments) =>
        Functions.TryGetValue(name, out var function)
            ? function(arguments)
            : throw new FeelException($"unknown function '{name}'");

    public static object? Call(FeelCall call) =>
        Functions.TryGetValue(call.Name, out var function) ? function(call.Arguments)
        : WithEvaluation.TryGetValue(call.Name, out var withEvaluation) ? withEvaluation(call)
        : throw new FeelException($"unknown function '{call.Name}'");

    internal static object? Arity(object?[] arguments, int count) =>
        arguments.Length == count ? arguments[0] : throw new FeelException($"expected {count} argument(s) but got {arguments.Length}");

    private static (string, string)? Strings(object?[] arguments)
    {
        if (arguments.Length != 2) throw new FeelException($"expected 2 arguments but got {arguments.Length}");
        return arguments is [string s, string t] ? (s, t) : null;
    }

    // substring(string, start position, length?): 1-based; a negative start counts from the end.
    private static object? Substring(object?[] a)
    {
        if (a.Length is not (2 or 3)) throw new FeelException($"expected 2 or 3 arguments but got {a.Length}");
        if (a[0] is not string s || a[1] is not decimal start) return null;
        var from = start > 0 ? (int)start - 1 : s.Length + (int)start;
        if (from < 0 || from > s.Length) return null;
        if (a.Length == 2) return s[from..];
        if (a[2] is not decimal length || length < 0) return null;
        return s.Substring(from, (int)Math.Min(length, s.Length - from));
    }

    // Aggregates accept one list or several arguments: sum([1,2]) and sum(1, 2) alike.
    private static List<object?>? Items(object?[] a) =>
        a is [IReadOnlyList<object?> list] ? [.. list.Select(FeelValues.Normalize)] : [.. a];

    private static List<decimal>? Numbers(object?[] a) =>
        Items(a) is { } items && items.All(i => i is decimal) ? [.. items.Cast<decimal>()] : null;

    private static List<object?>? Comparable(object?[] a) =>
        Items(a) is { } items && items.All(i => i is not null && FeelValues.Compare(i, items[0]) is not null) ? items : null;
}
