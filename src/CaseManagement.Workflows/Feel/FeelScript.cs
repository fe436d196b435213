using CaseManagement.Workflows.Feel.Ast;

namespace CaseManagement.Workflows.Feel;

/// <summary>A script task's body: FEEL assignments <c>name := expression</c>, one per line or separated by ';'.
/// Each assignment sees the variables set by the ones before it.</summary>
public sealed class FeelScript
{
    private readonly IReadOnlyList<(string Name, FeelNode Expression, string Text)> _assignments;

    private FeelScript(IReadOnlyList<(string, FeelNode, string)> assignments) => _assignments = assignments;

    /// <summary>The variable names the script assigns, in order.</summary>
    public IReadOnlyList<string> Targets => [.. _assignments.Select(a => a.Name)];

    /// <exception cref="FeelException">a statement is not "name := expression" or its expression does not parse.</exception>
    public static FeelScript Parse(string script)
    {
        var assignments = new List<(string, FeelNode, string)>();
        foreach (var statement in SplitStatements(script))
        {
            var separator = statement.IndexOf(":=", StringComparison.Ordinal);
            var name = separator > 0 ? statement[..separator].Trim() : "";
            if (name.Length == 0 || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
            {
                throw new FeelException($"expected 'name := expression' but got '{statement}'");
            }
            var expression = statement[(separator + 2)..];
            assignments.Add((name, FeelEvaluator.Parse(expression), expression.Trim()));
        }
        return new FeelScript(assignments);
    }

    /// <summary>Runs the assignments in order and returns the variables they set, as storable values.</summary>
    public IReadOnlyDictionary<string, object?> Run(IReadOnlyDictionary<string, object?> variables) =>
        Run(variables, FeelEnvironment.Default);

    /// <summary>Like <see cref="Run(IReadOnlyDictionary{string, object?})"/> with the engine's clock and limits; each
    /// assignment is one evaluation with its own budget.</summary>
    public IReadOnlyDictionary<string, object?> Run(IReadOnlyDictionary<string, object?> variables, FeelEnvironment environment)
    {
        var current = new Dictionary<string, object?>(variables);
        var assigned = new Dictionary<string, object?>();
        foreach (var (name, expression, text) in _assignments)
        {
            object? value;
            try
            {
                value = FeelValues.ToVariable(FeelInterpreter.Run(expression, new FeelScope(current), environment));
            }
            catch (FeelException e)
            {
                throw new FeelException($"{e.Message} (in '{name} := {text}')");
            }
            current[name] = value;
            assigned[name] = value;
        }
        return assigned;
    }

    // Splits on ';' and line breaks outside string literals, so "a := \"x;y\"" stays one statement.
    private static IEnumerable<string> SplitStatements(string script)
    {
        var start = 0;
        var inString = false;
        for (var i = 0; i <= script.Length; i++)
        {
            if (i < script.Length && script[i] == '"' && (i == 0 || script[i - 1] != '\\')) inString = !inString;
            if (i < script.Length && (inString || script[i] is not (';' or '\n'))) continue;
            var statement = script[start..i].Trim();
            if (statement.Length > 0 && !statement.StartsWith("//", StringComparison.Ordinal)) yield return statement;
            start = i + 1;
        }
    }
}
