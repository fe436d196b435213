using CaseManagement.Workflows.Feel.Ast;

namespace CaseManagement.Workflows.Feel;

/// <summary>Evaluates FEEL expressions and unary tests against instance variables. Pure and thread-safe.</summary>
public static class FeelEvaluator
{
    private const int MaxLength = 8000;

    /// <summary>The value of <paramref name="expression"/> (a leading '=' is allowed); unknown names are null.
    /// A variable whose name contains spaces ("Monthly Salary") is referred to as written.</summary>
    /// <exception cref="FeelException">a syntax error, an unknown function, or an expression too long or deep.</exception>
    public static object? Evaluate(string expression, IReadOnlyDictionary<string, object?> variables) =>
        Evaluate(expression, variables, FeelEnvironment.Default);

    /// <summary>The value of <paramref name="expression"/> with the engine's clock and limits.</summary>
    /// <exception cref="FeelException">as above, or a limit of <paramref name="environment"/> reached.</exception>
    public static object? Evaluate(string expression, IReadOnlyDictionary<string, object?> variables, FeelEnvironment environment) =>
        FeelInterpreter.Run(Parse(expression, [.. variables.Keys]), new FeelScope(variables), environment);

    /// <summary>True only when the expression evaluates to true; false and null (FEEL's "unknown") are not true.</summary>
    public static bool IsTrue(string expression, IReadOnlyDictionary<string, object?> variables) =>
        Evaluate(expression, variables) is true;

    /// <summary>Whether <paramref name="input"/> satisfies unary tests such as "&lt; 10, [20..30]", "-" or "not(\"a\")".</summary>
    public static bool MatchesUnaryTests(string tests, object? input, IReadOnlyDictionary<string, object?> variables) =>
        MatchesUnaryTests(tests, input, variables, FeelEnvironment.Default);

    /// <summary>Like <see cref="MatchesUnaryTests(string, object?, IReadOnlyDictionary{string, object?})"/>, with the
    /// engine's clock and limits.</summary>
    public static bool MatchesUnaryTests(string tests, object? input, IReadOnlyDictionary<string, object?> variables, FeelEnvironment environment)
    {
        var node = FeelParser.ParseUnaryTests(CheckLength(tests), [.. variables.Keys]);
        var scope = new FeelScope(new Dictionary<string, object?> { ["?"] = input }, new FeelScope(variables));
        return FeelInterpreter.Run(node, scope, environment) is true;
    }

    /// <summary>Checks the syntax only, for import-time validation.</summary>
    public static void Validate(string expression) => Parse(expression);

    /// <summary>Checks the syntax of an expression that may refer to <paramref name="names"/> containing spaces.</summary>
    internal static void Validate(string expression, IReadOnlyCollection<string> names) => Parse(expression, names);

    /// <summary>Checks the syntax of unary tests (a decision table input entry).</summary>
    internal static void ValidateUnaryTests(string tests, IReadOnlyCollection<string> names) =>
        FeelParser.ParseUnaryTests(CheckLength(tests), names);

    internal static FeelNode Parse(string expression, IReadOnlyCollection<string>? names = null)
    {
        var text = CheckLength(expression).TrimStart();
        return FeelParser.ParseExpression(text.StartsWith('=') ? text[1..] : text, names);
    }

    private static string CheckLength(string text) =>
        text.Length <= MaxLength ? text : throw new FeelException($"expression longer than {MaxLength} characters");
}
