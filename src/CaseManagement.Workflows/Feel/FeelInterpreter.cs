using System.Runtime.CompilerServices;
using CaseManagement.Workflows.Feel.Ast;

namespace CaseManagement.Workflows.Feel;

/// <summary>Walks a parsed FEEL expression: one instance per evaluation, counting its steps and the text it produces
/// against the <see cref="FeelEnvironment"/>'s limits. Type errors yield null, as FEEL specifies; misuse of
/// built-ins and a limit reached throw.</summary>
internal sealed partial class FeelInterpreter(FeelEnvironment environment)
{
    private const int MaxDepth = 2000;
    private long _steps;
    private long _text;

    // The innermost iteration running, named when a limit stops the evaluation.
    private string? _loop;

    public FeelEnvironment Environment => environment;

    /// <summary>Evaluates <paramref name="node"/> in a fresh evaluation with its own step and text budget.</summary>
    public static object? Run(FeelNode node, FeelScope scope, FeelEnvironment environment) =>
        new FeelInterpreter(environment).Evaluate(node, scope, 0);

    public object? Evaluate(FeelNode node, FeelScope scope, int depth)
    {
        // Function values may recurse: the stack check keeps a deep recursion an error rather than a crash.
        if (depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw new FeelException("expression too deep to evaluate");
        Charge(1);
        var d = depth + 1;
        return node switch
        {
            LiteralNode literal => literal.Value,
            NameNode name => scope.TryGet(name.Name, out var value) ? FeelValues.Normalize(value) : null,
            PathNode path => Member(Evaluate(path.Target, scope, d), path.Member),
            FilterNode filter => Filter(filter, scope, d),
            NegateNode negate => FeelArithmetic.Negate(Evaluate(negate.Operand, scope, d)),
            BinaryNode { Operator: "and" } b => And(Evaluate(b.Left, scope, d), () => Evaluate(b.Right, scope, d)),
            BinaryNode { Operator: "or" } b => Or(Evaluate(b.Left, scope, d), () => Evaluate(b.Right, scope, d)),
            BinaryNode b => Produced(Binary(b.Operator, Evaluate(b.Left, scope, d), Evaluate(b.Right, scope, d))),
            IfNode ifNode => Evaluate(ifNode.Condition, scope, d) is true
                ? Evaluate(ifNode.Then, scope, d)
                : Evaluate(ifNode.Else, scope, d),
            ListNode list => list.Items.Select(i => Evaluate(i, scope, d)).ToList(),
            ContextNode context => Context(context, scope, d),
            RangeNode range => new FeelRange(Evaluate(range.Low, scope, d), Evaluate(range.High, scope, d), range.LowClosed, range.HighClosed),
            InNode inNode => In(inNode, scope, d),
            CallNode call => Produced(Call(call, scope, d)),
            ForNode forNode => For(forNode, scope, d),
            QuantifiedNode quantified => Quantified(quantified, scope, d),
            FunctionNode function => Function(function, scope),
            InstanceOfNode instance => InstanceOf(Evaluate(instance.Value, scope, d), instance.Type),
            _ => throw new FeelException($"Expected a FEEL expression node but got {node.GetType().Name}"),
        };
    }

    /// <summary>Counts <paramref name="steps"/> against the budget; throws, naming the iteration running, when it is spent.</summary>
    public void Charge(long steps)
    {
        _steps += steps;
        if (_steps > environment.MaxSteps)
        {
            throw new FeelException($"evaluation stopped after {environment.MaxSteps} steps{(_loop is null ? "" : $" in '{_loop}'")}");
        }
    }

    // What a step produced counts too: each item of a list, each character of a string.
    private object? Produced(object? value)
    {
        switch (value)
        {
            case string s:
                _text += s.Length;
                if (_text > environment.MaxText)
                {
                    throw new FeelException($"evaluation stopped after producing {environment.MaxText} characters of text{(_loop is null ? "" : $" in '{_loop}'")}");
                }
                break;
            case IReadOnlyList<object?> list:
                Charge(list.Count);
                break;
        }
        return value;
    }

    // A function in scope (a DMN business knowledge model, a function literal) comes before a built-in of the same name.
    private object? Call(CallNode call, FeelScope scope, int depth)
    {
        object?[] arguments = [.. call.Arguments.Select(a => Evaluate(a, scope, depth))];
        var function = scope.TryGet(call.Function, out var value) ? value as FeelFunction : null;
        if (call.Names is { } names)
        {
            arguments = FeelParameters.Order(call.Function, function, names, arguments);
        }
        return function is not null
            ? function(this, arguments, depth)
            : FeelBuiltins.Call(new FeelCall(call.Function, arguments, this, depth));
    }

    private static bool InstanceOf(object? value, string type) => type switch
    {
        "Any" => value is not null,
        "Null" => value is null,
        _ => value is not null && FeelValues.TypeName(value) == type,
    };

    private static object? Binary(string op, object? left, object? right) => op switch
    {
        "=" => FeelValues.AreEqual(left, right),
        "!=" => FeelValues.AreEqual(left, right) is { } equal ? !equal : null,
        "<" => FeelValues.Compare(left, right) is { } c ? c < 0 : null,
        "<=" => FeelValues.Compare(left, right) is { } c ? c <= 0 : null,
        ">" => FeelValues.Compare(left, right) is { } c ? c > 0 : null,
        ">=" => FeelValues.Compare(left, right) is { } c ? c >= 0 : null,
        _ => FeelArithmetic.Apply(op, left, right),
    };

    // Three-valued logic: false wins over null for "and", true wins over null for "or".
    private static bool? And(object? left, Func<object?> right)
    {
        if (left is false) return false;
        var r = right();
        if (r is false) return false;
        return left is true && r is true ? true : null;
    }

    private static bool? Or(object? left, Func<object?> right)
    {
        if (left is true) return true;
        var r = right();
        if (r is true) return true;
        return left is false && r is false ? false : null;
    }

    private object? Member(object? target, string member) => target switch
    {
        IReadOnlyDictionary<string, object?> context => context.TryGetValue(member, out var v) ? FeelValues.Normalize(v) : null,
        IReadOnlyList<object?> list => Produced(list.Select(item => Member(FeelValues.Normalize(item), member)).ToList()),
        FeelTime time => FeelTemporal.Member(time, member),
        FeelYearsMonths months => member switch
        {
            "years" => (decimal)(months.Months / 12), "months" => (decimal)(months.Months % 12), _ => null,
        },
        TimeSpan span => member switch
        {
            "days" => (decimal)span.Days, "hours" => (decimal)span.Hours, "minutes" => (decimal)span.Minutes,
            "seconds" => span.Seconds + ((decimal)(span.Ticks % TimeSpan.TicksPerSecond) / TimeSpan.TicksPerSecond),
            _ => null,
        },
        DateTimeOffset dt => member switch
        {
            "year" => (decimal)dt.Year, "month" => (decimal)dt.Month, "day" => (decimal)dt.Day,
            "hour" => (decimal)dt.Hour, "minute" => (decimal)dt.Minute, "second" => (decimal)dt.Second,
            "weekday" => (decimal)(dt.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)dt.DayOfWeek),
            _ => null,
        },
        DateOnly date => member switch
        {
            "year" => (decimal)date.Year, "month" => (decimal)date.Month, "day" => (decimal)date.Day,
            "weekday" => (decimal)(date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek),
            _ => null,
        },
        _ => null,
    };

    private object? Filter(FilterNode filter, FeelScope scope, int depth)
    {
        var target = Evaluate(filter.Target, scope, depth);
        if (target is not IReadOnlyList<object?> list) return null;
        if (Evaluate(filter.Filter, scope, depth) is decimal index)
        {
            var i = (int)decimal.Truncate(index);
            var position = i > 0 ? i - 1 : list.Count + i;
            return i != 0 && position >= 0 && position < list.Count ? FeelValues.Normalize(list[position]) : null;
        }
        return list.Where(item =>
        {
            var normalized = FeelValues.Normalize(item);
            var names = normalized as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
            var itemScope = new FeelScope(new Dictionary<string, object?>(names) { ["item"] = normalized }, scope);
            return Evaluate(filter.Filter, itemScope, depth) is true;
        }).ToList();
    }

    private Dictionary<string, object?> Context(ContextNode context, FeelScope scope, int depth)
    {
        var result = new Dictionary<string, object?>();
        foreach (var (key, valueNode) in context.Entries)
        {
            // Later entries may refer to earlier ones, as FEEL contexts allow.
            result[key] = Evaluate(valueNode, new FeelScope(result, scope), depth);
        }
        return result;
    }

    private bool? In(InNode inNode, FeelScope scope, int depth)
    {
        var value = Evaluate(inNode.Value, scope, depth);
        var matched = inNode.Tests.Any(test => Matches(test, value, scope, depth));
        return inNode.Negated ? !matched : matched;
    }

    private bool Matches(FeelNode test, object? value, FeelScope scope, int depth)
    {
        switch (test)
        {
            case AnyTestNode:
                return true;
            case UnaryTestNode unary:
                return Binary(unary.Operator, value, Evaluate(unary.Operand, scope, depth)) is true;
        }
        return Evaluate(test, scope, depth) switch
        {
            FeelRange range => range.Contains(value) is true,
            IReadOnlyList<object?> list when value is not IReadOnlyList<object?> => list.Any(i => FeelValues.AreEqual(i, value) is true),
            // An expression test such as `? > 5` or `is defined(?)` yields the outcome itself; a literal `true`
            // is a value to compare (a null input must not match it).
            bool b when value is not bool && test is not LiteralNode => b,
            var expected => FeelValues.AreEqual(value, expected) is true,
        };
    }
}
