namespace CaseManagement.Workflows.Feel;

/// <summary>The list functions of DMN 1.3 §10.3.4.4 that the original set lacked. Positions are 1-based, negative
/// from the end; a wrong type gives null. Work that grows faster than the list (distinct values, union, sort) is
/// counted against the evaluation's step budget.</summary>
internal static class FeelListFunctions
{
    public static IEnumerable<KeyValuePair<string, Func<FeelCall, object?>>> All { get; } = new Dictionary<string, Func<FeelCall, object?>>
    {
        ["sublist"] = Sublist,
        ["insert before"] = c => c.Expect(3)[0] is IReadOnlyList<object?> l && Index(l, c[1], l.Count) is { } i
            ? (object)l.Take(i).Append(c[2]).Concat(l.Skip(i)).ToList()
            : null,
        ["remove"] = c => c.Expect(2)[0] is IReadOnlyList<object?> l && Index(l, c[1], l.Count) is { } i
            ? (object)l.Where((_, j) => j != i).ToList()
            : null,
        ["reverse"] = c => c.Expect(1)[0] is IReadOnlyList<object?> l ? (object)l.Reverse().ToList() : null,
        ["index of"] = c => c.Expect(2)[0] is IReadOnlyList<object?> l
            ? (object)l.Select((item, i) => (item, i)).Where(p => FeelValues.AreEqual(p.item, c[1]) is true).Select(p => (object?)(decimal)(p.i + 1)).ToList()
            : null,
        ["union"] = c => c.Arguments.All(a => a is IReadOnlyList<object?>) ? Distinct(c, c.Arguments.Cast<IReadOnlyList<object?>>().SelectMany(l => l)) : null,
        ["distinct values"] = c => c.Expect(1)[0] is IReadOnlyList<object?> l ? Distinct(c, l) : null,
        ["flatten"] = c => c.Expect(1)[0] is IReadOnlyList<object?> l ? Flatten(c, l, []) : null,
        ["product"] = c => Numbers(c) is { Count: > 0 } n ? Product(n) : null,
        ["median"] = c => Numbers(c) is { Count: > 0 } n ? Median([.. n.Order()]) : null,
        ["stddev"] = c => Numbers(c) is { Count: > 1 } n ? StandardDeviation(n) : null,
        ["mode"] = c => Numbers(c) is { } n ? Mode(n) : null,
        ["sort"] = Sort,
    };

    private static object? Sublist(FeelCall call)
    {
        call.Expect(2, 3);
        if (call[0] is not IReadOnlyList<object?> list || Index(list, call[1], list.Count) is not { } from) return null;
        if (call.Count == 2) return list.Skip(from).ToList();
        if (call[2] is not decimal length || length < 0 || length != decimal.Truncate(length) || from + length > list.Count) return null;
        return list.Skip(from).Take((int)length).ToList();
    }

    // The 0-based index of a 1-based (or negative, from the end) position, or null when outside 1..count.
    private static int? Index(IReadOnlyList<object?> list, object? position, int count)
    {
        if (position is not decimal p || p != decimal.Truncate(p) || p == 0) return null;
        var index = p > 0 ? p - 1 : list.Count + p;
        return index >= 0 && index < count ? (int)index : null;
    }

    // Keeps the first of each group of equal items; each comparison is a step.
    private static List<object?> Distinct(FeelCall call, IEnumerable<object?> items)
    {
        var seen = new List<object?>();
        foreach (var item in items)
        {
            call.Run.Charge(seen.Count + 1);
            if (!seen.Any(s => FeelValues.AreEqual(s, item) is true)) seen.Add(item);
        }
        return seen;
    }

    private static List<object?> Flatten(FeelCall call, IReadOnlyList<object?> list, List<object?> into)
    {
        foreach (var item in list)
        {
            call.Run.Charge(1);
            if (FeelValues.Normalize(item) is IReadOnlyList<object?> inner) Flatten(call, inner, into);
            else into.Add(item);
        }
        return into;
    }

    // One list, or the numbers as arguments, as sum and mean take them.
    private static List<decimal>? Numbers(FeelCall call)
    {
        var items = call.Arguments is [IReadOnlyList<object?> list] ? list.Select(FeelValues.Normalize).ToList() : [.. call.Arguments];
        return items.All(i => i is decimal) ? [.. items.Cast<decimal>()] : null;
    }

    private static decimal? Product(List<decimal> numbers)
    {
        try
        {
            return numbers.Aggregate(1m, (p, n) => p * n);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static decimal Median(List<decimal> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    // The sample standard deviation, as the spec's examples give.
    private static decimal? StandardDeviation(List<decimal> numbers)
    {
        var mean = numbers.Sum() / numbers.Count;
        var variance = numbers.Sum(n => (n - mean) * (n - mean)) / (numbers.Count - 1);
        return FeelNumericFunctions.SquareRoot(variance);
    }

    // Every value that occurs most often, ascending; an empty list has none.
    private static List<object?> Mode(List<decimal> numbers)
    {
        var groups = numbers.GroupBy(n => n).ToList();
        var most = groups.Count == 0 ? 0 : groups.Max(g => g.Count());
        return [.. groups.Where(g => g.Count() == most).Select(g => g.Key).Order().Cast<object?>()];
    }

    // sort(list) in natural order, or sort(list, precedes) with a function(a, b) that is true when a comes first.
    private static object? Sort(FeelCall call)
    {
        call.Expect(1, 2);
        if (call[0] is not IReadOnlyList<object?> list) return null;
        var items = list.Select(FeelValues.Normalize).ToList();
        Comparison<object?> compare;
        if (call.Count == 2)
        {
            if (call[1] is not FeelFunction precedes) return null;
            compare = (a, b) => call.Run.Invoke(precedes, [a, b], call.Depth) is true ? -1 : 1;
        }
        else
        {
            if (items.Any(i => i is null || FeelValues.Compare(i, items[0]) is null)) return null;
            compare = (a, b) =>
            {
                call.Run.Charge(1);
                return FeelValues.Compare(a, b) ?? 0;
            };
        }
        return MergeSort(items, compare);
    }

    // A stable merge sort: List.Sort is unstable and may throw on a comparer that is not consistent, which a
    // user's precedes function need not be.
    private static List<object?> MergeSort(List<object?> items, Comparison<object?> compare)
    {
        if (items.Count <= 1) return items;
        var left = MergeSort(items[..(items.Count / 2)], compare);
        var right = MergeSort(items[(items.Count / 2)..], compare);
        var merged = new List<object?>(items.Count);
        int i = 0, j = 0;
        while (i < left.Count && j < right.Count) merged.Add(compare(right[j], left[i]) < 0 ? right[j++] : left[i++]);
        merged.AddRange(left.Skip(i));
        merged.AddRange(right.Skip(j));
        return merged;
    }
}
