using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Tests.Support;
using Xunit;

namespace CaseManagement.Workflows.Tests.Feel;

/// <summary>The DMN 1.3 built-ins added beside the original set: lists, numbers, calendar, contexts, ranges.</summary>
public sealed class FeelLibraryTests
{
    private static readonly IReadOnlyDictionary<string, object?> Variables = Vars.Of(
        ("applicant", Vars.Of(("name", "山田"), ("ward", "中区"))),
        ("received", new DateTimeOffset(2026, 4, 1, 9, 30, 0, TimeSpan.FromHours(9))));

    private static object? Eval(string expression) => FeelEvaluator.Evaluate(expression, Variables);

    [Theory]
    [InlineData("sublist([4, 5, 6], 1, 2)", "[4, 5]")]
    [InlineData("sublist([4, 5, 6], -1)", "[6]")]
    [InlineData("insert before([1, 3], 2, 2)", "[1, 2, 3]")]
    [InlineData("insert before([1, 3], -1, 2)", "[1, 2, 3]")]
    [InlineData("remove([1, 2, 3], 2)", "[1, 3]")]
    [InlineData("reverse([1, 2, 3])", "[3, 2, 1]")]
    [InlineData("index of([1, 2, 3, 2], 2)", "[2, 4]")]
    [InlineData("union([1, 2], [2, 3])", "[1, 2, 3]")]
    [InlineData("distinct values([1, 2, 3, 2, 1])", "[1, 2, 3]")]
    [InlineData("flatten([[1, 2], [[3]], 4])", "[1, 2, 3, 4]")]
    [InlineData("mode([6, 3, 9, 6, 6])", "[6]")]
    [InlineData("mode([6, 1, 9, 6, 1])", "[1, 6]")]
    [InlineData("mode([])", "[]")]
    [InlineData("get entries({a: 1}).key", "[\"a\"]")]
    public void List_functions(string expression, string expected) =>
        Assert.Equal(FeelEvaluator.Evaluate(expected, Vars.None), Eval(expression));

    [Theory]
    [InlineData("product([2, 3, 4])", 24)]
    [InlineData("median([8, 2, 5, 3, 4])", 4)]
    [InlineData("median([6, 1, 2, 3])", 2.5)]
    [InlineData("sqrt(16)", 4)]
    [InlineData("sqrt(2) * sqrt(2)", 2)]
    [InlineData("round up(5.5, 0)", 6)]
    [InlineData("round up(-5.5, 0)", -6)]
    [InlineData("round up(1.121, 2)", 1.13)]
    [InlineData("round down(5.5, 0)", 5)]
    [InlineData("round down(-5.5, 0)", -5)]
    [InlineData("round half up(5.5, 0)", 6)]
    [InlineData("round half up(-5.5, 0)", -6)]
    [InlineData("round half up(1.125, 2)", 1.13)]
    [InlineData("round half down(5.5, 0)", 5)]
    [InlineData("round half down(-5.5, 0)", -5)]
    [InlineData("round half down(5.6, 0)", 6)]
    [InlineData("day of year(date(\"2026-02-01\"))", 32)]
    [InlineData("week of year(date(\"2026-01-01\"))", 1)]
    [InlineData("week of year(date(\"2021-01-01\"))", 53)]
    [InlineData("time(\"09:30:15\").minute", 30)]
    [InlineData("time(received).hour", 9)]
    [InlineData("duration(\"P2DT3H\").days * 24 + duration(\"P2DT3H\").hours", 51)]
    [InlineData("duration(\"P1Y14M\").years * 12 + duration(\"P1Y14M\").months", 26)]
    public void Number_results(string expression, double expected)
    {
        var actual = Assert.IsType<decimal>(Eval(expression));

        Assert.Equal((decimal)expected, Math.Round(actual, 20));
    }

    [Theory]
    [InlineData("odd(5) and not(odd(4)) and even(4) and not(even(5))")]
    [InlineData("odd(1.5) = null")]
    [InlineData("sqrt(-1) = null")]
    [InlineData("decimal(stddev([2, 4, 7, 5]), 10) = 2.0816659995")]
    [InlineData("log(exp(2)) > 1.999999 and log(exp(2)) < 2.000001")]
    [InlineData("log(0) = null")]
    [InlineData("day of week(date(\"2026-04-01\")) = \"Wednesday\"")]
    [InlineData("day of week(received) = \"Wednesday\"")]
    [InlineData("month of year(date(\"2026-04-01\")) = \"April\"")]
    [InlineData("time(\"09:30:00\") < time(\"10:00:00\")")]
    [InlineData("time(\"09:30:00+09:00\") = time(\"00:30:00Z\")")]
    [InlineData("time(\"09:30:00\") + duration(\"PT45M\") = time(\"10:15:00\")")]
    [InlineData("time(\"23:30:00\") + duration(\"PT1H\") = time(\"00:30:00\")")]
    [InlineData("time(\"10:00:00\") - time(\"09:30:00\") = duration(\"PT30M\")")]
    [InlineData("time(9, 30, 0) = time(\"09:30:00\")")]
    [InlineData("(time(\"09:30:00\") = time(\"09:30:00Z\")) = false")]
    [InlineData("time(25, 0, 0) = null")]
    [InlineData("date and time(date(\"2026-04-01\"), time(\"09:30:00+09:00\")) = received")]
    [InlineData("string(time(\"09:30:00+09:00\")) = \"09:30:00+09:00\"")]
    [InlineData("get value(applicant, \"ward\") = \"中区\"")]
    [InlineData("get value(applicant, \"missing\") = null")]
    [InlineData("context put(applicant, \"ward\", \"西区\").ward = \"西区\" and applicant.ward = \"中区\"")]
    [InlineData("context merge([{a: 1}, {a: 2, b: 3}]) = {a: 2, b: 3}")]
    [InlineData("context([{key: \"a\", value: 1}]) = {a: 1}")]
    [InlineData("context([{key: \"a\", value: 1}, {key: \"a\", value: 2}]) = null")]
    public void Conditions_that_hold(string expression) => Assert.True(FeelEvaluator.IsTrue(expression, Variables), expression);

    [Theory]
    [InlineData("before(1, 10)", true)]
    [InlineData("before(10, 1)", false)]
    [InlineData("before(1, [2..5])", true)]
    [InlineData("before([1..5], 10)", true)]
    [InlineData("before([1..5], [6..8])", true)]
    [InlineData("before([1..5], (5..8])", true)]
    [InlineData("before([1..5], [5..8])", false)]
    [InlineData("after([5..10], 1)", true)]
    [InlineData("after([6..8], [1..5])", true)]
    [InlineData("meets([1..5], [5..10])", true)]
    [InlineData("meets([1..5), [5..10])", false)]
    [InlineData("met by([5..10], [1..5])", true)]
    [InlineData("overlaps([1..5], [3..8])", true)]
    [InlineData("overlaps([1..5], [6..8])", false)]
    [InlineData("overlaps before([1..5], [3..8])", true)]
    [InlineData("overlaps after([3..8], [1..5])", true)]
    [InlineData("finishes(5, [1..5])", true)]
    [InlineData("finishes([3..5], [1..5])", true)]
    [InlineData("finished by([1..5], [3..5])", true)]
    [InlineData("includes([1..10], 5)", true)]
    [InlineData("includes([1..10], [4..6])", true)]
    [InlineData("includes((1..10], 1)", false)]
    [InlineData("during(5, [1..10])", true)]
    [InlineData("during([4..6], [1..10])", true)]
    [InlineData("starts(1, [1..5])", true)]
    [InlineData("starts([1..3], [1..5])", true)]
    [InlineData("started by([1..5], [1..3])", true)]
    [InlineData("coincides([1..5], [1..5])", true)]
    [InlineData("coincides(5, 5)", true)]
    [InlineData("before(date(\"2026-04-01\"), [date(\"2026-04-02\")..date(\"2026-04-30\")])", true)]
    public void Range_functions(string expression, bool expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("before(1, \"a\")")]
    [InlineData("includes([1..10], null)")]
    [InlineData("meets(1, [1..2])")]
    public void Range_functions_over_what_cannot_be_compared_give_null(string expression) => Assert.Null(Eval(expression));

    [Theory]
    [InlineData("sublist([1], 1, 2, 3)")]
    [InlineData("sqrt()")]
    [InlineData("get value({})")]
    [InlineData("today(1)")]
    public void A_wrong_number_of_arguments_names_the_function(string expression)
    {
        var name = expression[..expression.IndexOf('(', StringComparison.Ordinal)];

        Assert.Contains($"{name}() expects", Assert.Throws<FeelException>(() => Eval(expression)).Message, StringComparison.Ordinal);
    }
}
