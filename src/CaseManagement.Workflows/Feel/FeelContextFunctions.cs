namespace CaseManagement.Workflows.Feel;

/// <summary>get value and get entries (DMN 1.3 §10.3.4.8), context put, context merge and context (DMN 1.4). A
/// context is never changed in place: each function returns a new one.</summary>
internal static class FeelContextFunctions
{
    public static IEnumerable<KeyValuePair<string, Func<FeelCall, object?>>> All { get; } = new Dictionary<string, Func<FeelCall, object?>>
    {
        ["get value"] = c => c.Expect(2).Arguments is [IReadOnlyDictionary<string, object?> m, string key] && m.TryGetValue(key, out var v)
            ? FeelValues.Normalize(v)
            : null,
        ["get entries"] = c => c.Expect(1)[0] is IReadOnlyDictionary<string, object?> m
            ? m.Select(p => (object?)new Dictionary<string, object?> { ["key"] = p.Key, ["value"] = FeelValues.Normalize(p.Value) }).ToList()
            : null,
        ["context put"] = c => c.Expect(3).Arguments is [IReadOnlyDictionary<string, object?> m, string key, var value]
            ? new Dictionary<string, object?>(m) { [key] = value }
            : null,
        ["context merge"] = c => c.Expect(1)[0] is IReadOnlyList<object?> contexts && contexts.All(i => i is IReadOnlyDictionary<string, object?>)
            ? contexts.Cast<IReadOnlyDictionary<string, object?>>().Aggregate(new Dictionary<string, object?>(), Merge)
            : null,
        ["context"] = c => c.Expect(1)[0] is IReadOnlyList<object?> entries ? FromEntries(entries) : null,
    };

    private static Dictionary<string, object?> Merge(Dictionary<string, object?> into, IReadOnlyDictionary<string, object?> next)
    {
        foreach (var (key, value) in next) into[key] = value;
        return into;
    }

    // context([{key: "a", value: 1}]): each entry a context with a string key; a key given twice makes it null.
    private static Dictionary<string, object?>? FromEntries(IReadOnlyList<object?> entries)
    {
        var result = new Dictionary<string, object?>();
        foreach (var entry in entries)
        {
            if (entry is not IReadOnlyDictionary<string, object?> e || !e.TryGetValue("key", out var key) || key is not string name
                || !e.TryGetValue("value", out var value) || !result.TryAdd(name, value))
            {
                return null;
            }
        }
        return result;
    }
}
