using CaseManagement.Workflows.Feel;

namespace CaseManagement.Workflows.Dmn;

/// <summary>Evaluates one decision table: the input expressions once, each rule's tests, then the hit policy.</summary>
internal sealed class DecisionTableRun(DmnDecision decision, DecisionTable table, IReadOnlyDictionary<string, object?> scope, FeelEnvironment environment)
{
    public object? Value()
    {
        var inputs = table.Inputs
            .Select((input, i) => DecisionRun.Feel(decision, $"input expression {i + 1} ({input.Label ?? input.Expression})", input.Expression, () => FeelEvaluator.Evaluate(input.Expression, scope, environment)))
            .ToList();
        var matches = table.Rules.Where(rule => Matches(rule, inputs)).Select(rule => new RuleMatch(rule, Outputs(rule))).ToList();
        return matches.Count == 0 ? NoMatch() : new HitPolicyResolver(decision, table).Resolve(matches);
    }

    private bool Matches(DecisionRule rule, List<object?> inputs)
    {
        for (var i = 0; i < inputs.Count; i++)
        {
            var test = rule.InputEntries[i];
            if (string.IsNullOrWhiteSpace(test)) continue;
            var matched = DecisionRun.Feel(decision, $"rule '{RuleName(rule)}' input entry {i + 1}", test, () => FeelEvaluator.MatchesUnaryTests(test, inputs[i], scope, environment));
            if (!matched) return false;
        }
        return true;
    }

    private List<object?> Outputs(DecisionRule rule) =>
        [.. rule.OutputEntries.Select((entry, i) => string.IsNullOrWhiteSpace(entry)
            ? null
            : DecisionRun.Feel(decision, $"rule '{RuleName(rule)}' output entry {i + 1}", entry, () => FeelEvaluator.Evaluate(entry, scope, environment)))];

    // No rule matched: the default output entries if the table has any, else null (DMN 1.3 §8.2.10); COUNT is 0.
    private object? NoMatch()
    {
        if (table.Aggregation == CollectAggregation.Count) return 0m;
        if (table.Outputs.All(o => o.DefaultOutputEntry is null)) return null;
        var defaults = table.Outputs
            .Select((o, i) => o.DefaultOutputEntry is null ? null : DecisionRun.Feel(decision, $"default output {i + 1}", o.DefaultOutputEntry, () => FeelEvaluator.Evaluate(o.DefaultOutputEntry, scope, environment)))
            .ToList();
        return HitPolicyResolver.Row(table, defaults);
    }

    public static string RuleName(DecisionRule rule) => rule.Id ?? $"line {rule.Line}";
}
