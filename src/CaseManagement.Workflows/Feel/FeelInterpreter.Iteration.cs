using CaseManagement.Workflows.Feel.Ast;

namespace CaseManagement.Workflows.Feel;

/// <summary>for, some, every and function literals: the parts of FEEL that loop or close over a scope.</summary>
internal sealed partial class FeelInterpreter
{
    private List<object?>? For(ForNode node, FeelScope scope, int depth)
    {
        var results = new List<object?>();
        var completed = Iterate(node.Contexts, node.Text, scope, depth, exhaustive: true, bindings =>
        {
            results.Add(Evaluate(node.Body, new FeelScope(bindings, scope), depth));
            return true;
        });
        return completed ? results : null;
    }

    // some: true as soon as one holds; every: false as soon as one does not. Either stops there.
    private bool? Quantified(QuantifiedNode node, FeelScope scope, int depth)
    {
        var found = false;
        var completed = Iterate(node.Contexts, node.Text, scope, depth, exhaustive: false, bindings =>
        {
            var holds = Evaluate(node.Condition, new FeelScope(bindings, scope), depth) is true;
            found = node.Every ? !holds : holds;
            return !found;
        });
        if (!completed) return null;
        return node.Every ? !found : found;
    }

    private static FeelFunction Function(FunctionNode node, FeelScope scope) => FeelParameters.Named((run, arguments, depth) =>
    {
        if (arguments.Length != node.Parameters.Count)
        {
            throw new FeelException($"the function '{node.Text}' expects {node.Parameters.Count} argument(s) but got {arguments.Length}");
        }
        var bindings = node.Parameters.Zip(arguments).ToDictionary(p => p.First, p => p.Second);
        return run.Evaluate(node.Body, new FeelScope(bindings, scope), depth + 1);
    }, node.Parameters);

    /// <summary>Calls a function value (an argument of sort, for example) inside this evaluation.</summary>
    public object? Invoke(FeelFunction function, object?[] arguments, int depth) => function(this, arguments, depth);

    // Runs body once per combination of the contexts (the first varies slowest); false when a domain is not iterable.
    // An exhaustive iteration (for) checks each range before walking it, so 1..1000000000 fails at once instead of
    // running out the budget; some and every may stop early, so they walk lazily and the budget bounds them.
    private bool Iterate(IReadOnlyList<IterationContext> contexts, string text, FeelScope scope, int depth, bool exhaustive, Func<Dictionary<string, object?>, bool> body)
    {
        var outer = _loop;
        _loop = text;
        try
        {
            return Iterate(contexts, 0, new Dictionary<string, object?>(), scope, depth, exhaustive, body) is not null;
        }
        finally
        {
            _loop = outer;
        }
    }

    // Null when a domain is not iterable; otherwise whether to go on.
    private bool? Iterate(IReadOnlyList<IterationContext> contexts, int index, Dictionary<string, object?> bindings, FeelScope scope, int depth, bool exhaustive, Func<Dictionary<string, object?>, bool> body)
    {
        if (index == contexts.Count) return body(new Dictionary<string, object?>(bindings));
        var context = contexts[index];
        var domain = Domain(context, new FeelScope(bindings, scope), depth, exhaustive);
        if (domain is null) return null;
        foreach (var item in domain)
        {
            Charge(1);
            bindings[context.Name] = item;
            var goOn = Iterate(contexts, index + 1, bindings, scope, depth, exhaustive, body);
            if (goOn is not true) return goOn;
        }
        return true;
    }

    private IEnumerable<object?>? Domain(IterationContext context, FeelScope scope, int depth, bool exhaustive)
    {
        var low = Evaluate(context.Domain, scope, depth);
        if (context.High is not null) return Integers(low, Evaluate(context.High, scope, depth), true, true, exhaustive);
        return low switch
        {
            null => null,
            IReadOnlyList<object?> list => list.Select(FeelValues.Normalize),
            FeelRange range => Integers(range.Low, range.High, range.LowClosed, range.HighClosed, exhaustive),
            // FEEL treats a single value where a list is expected as the list of that value.
            var single => [single],
        };
    }

    // low..high counts up or down, both ends included; only whole numbers can be iterated.
    private IEnumerable<object?>? Integers(object? low, object? high, bool lowClosed, bool highClosed, bool exhaustive)
    {
        if (low is not decimal from || high is not decimal to || from != decimal.Truncate(from) || to != decimal.Truncate(to)) return null;
        var step = from <= to ? 1m : -1m;
        if (!lowClosed) from += step;
        if (!highClosed) to -= step;
        var count = ((to - from) * step) + 1;
        if (exhaustive && count > environment.MaxSteps)
        {
            throw new FeelException($"'{_loop}' would iterate {count} times, more than the {environment.MaxSteps} steps an evaluation may take");
        }
        return count <= 0 ? [] : Count(from, (long)Math.Min(count, long.MaxValue), step);
    }

    private static IEnumerable<object?> Count(decimal from, long count, decimal step)
    {
        for (var i = 0L; i < count; i++) yield return from + (i * step);
    }
}
