using CaseManagement.Workflows.Feel;

namespace CaseManagement.Workflows.Dmn;

/// <summary>Combines the matched rules of a table per its hit policy; a violation (two UNIQUE matches, ANY
/// matches that disagree) throws, naming the decision and the rules.</summary>
internal sealed class HitPolicyResolver(DmnDecision decision, DecisionTable table)
{
    public object? Resolve(IReadOnlyList<RuleMatch> matches) => table.HitPolicy switch
    {
        HitPolicy.Unique when matches.Count > 1 => throw Violation(matches, "allows only one rule to match"),
        HitPolicy.Unique or HitPolicy.First => Row(table, matches[0].Outputs),
        HitPolicy.Any when matches.Any(m => !SameOutputs(m, matches[0])) => throw Violation(matches, "requires matching rules to have the same outputs"),
        HitPolicy.Any => Row(table, matches[0].Outputs),
        HitPolicy.Priority => Row(table, ByPriority(matches)[0].Outputs),
        HitPolicy.OutputOrder => ByPriority(matches).Select(m => Row(table, m.Outputs)).ToList(),
        HitPolicy.RuleOrder => matches.Select(m => Row(table, m.Outputs)).ToList(),
        HitPolicy.Collect => Aggregate(matches.Select(m => Row(table, m.Outputs)).ToList()),
        _ => throw new DmnEvaluationException(decision.Id, $"Expected a known hit policy in decision '{decision.Id}' but got {table.HitPolicy}"),
    };

    /// <summary>One rule's result: the value itself for a one-output table, else a context keyed by output name.</summary>
    public static object? Row(DecisionTable table, IReadOnlyList<object?> outputs) =>
        table.Outputs.Count == 1
            ? outputs[0]
            : table.Outputs.Select((o, i) => (o.Name!, outputs[i])).ToDictionary(p => p.Item1, p => p.Item2);

    private static bool SameOutputs(RuleMatch a, RuleMatch b) =>
        a.Outputs.Zip(b.Outputs).All(p => FeelValues.AreEqual(p.First, p.Second) == true);

    private object? Aggregate(List<object?> values) => table.Aggregation switch
    {
        CollectAggregation.None => values,
        CollectAggregation.Count => (decimal)values.Count,
        CollectAggregation.Sum => FeelBuiltins.Call("sum", [values]),
        CollectAggregation.Min => FeelBuiltins.Call("min", [values]),
        CollectAggregation.Max => FeelBuiltins.Call("max", [values]),
        _ => throw new DmnEvaluationException(decision.Id, $"Expected a known aggregation in decision '{decision.Id}' but got {table.Aggregation}"),
    };

    // PRIORITY and OUTPUT ORDER: rules sorted by the position of their outputs in each output's outputValues list,
    // first output first; a stable sort keeps rule order among equals.
    private List<RuleMatch> ByPriority(IReadOnlyList<RuleMatch> matches)
    {
        var priorities = table.Outputs
            .Select(o => o.OutputValues is null ? [] : FeelEvaluator.Evaluate($"[{o.OutputValues}]", new Dictionary<string, object?>()) as IReadOnlyList<object?> ?? [])
            .ToList();
        int Rank(RuleMatch match, int output)
        {
            var index = priorities[output].ToList().FindIndex(v => FeelValues.AreEqual(v, match.Outputs[output]) == true);
            return index < 0 ? int.MaxValue : index;
        }
        IOrderedEnumerable<RuleMatch> sorted = matches.OrderBy(m => Rank(m, 0));
        for (var i = 1; i < table.Outputs.Count; i++)
        {
            var output = i;
            sorted = sorted.ThenBy(m => Rank(m, output));
        }
        return [.. sorted];
    }

    private DmnEvaluationException Violation(IReadOnlyList<RuleMatch> matches, string what) => new(
        decision.Id,
        $"decision '{decision.Id}' has hit policy {table.HitPolicy.ToString().ToUpperInvariant()}, which {what}, but rules {string.Join(", ", matches.Select(m => $"'{DecisionTableRun.RuleName(m.Rule)}'"))} matched");
}
