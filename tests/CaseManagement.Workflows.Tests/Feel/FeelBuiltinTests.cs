using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Tests.Support;
using Xunit;

namespace CaseManagement.Workflows.Tests.Feel;

public sealed class FeelBuiltinTests
{
    private static readonly IReadOnlyDictionary<string, object?> Variables = Vars.Of(
        ("name", "Yamada Taro"),
        ("applied", new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(9))),
        ("items", new List<object?> { Vars.Of(("fee", 300L), ("kind", "copy")), Vars.Of(("fee", 450L), ("kind", "certificate")) }));

    [Theory]
    [InlineData("upper case(name)", "YAMADA TARO")]
    [InlineData("lower case(\"ABC\")", "abc")]
    [InlineData("substring before(name, \" \")", "Yamada")]
    [InlineData("substring after(name, \" \")", "Taro")]
    [InlineData("\"申請\" + \"受付\"", "申請受付")]
    [InlineData("string(1.50)", "1.50")]
    [InlineData("string(true)", "true")]
    [InlineData("items[kind = \"copy\"][1].kind", "copy")]
    [InlineData("if contains(name, \"Taro\") then \"yes\" else \"no\"", "yes")]
    [InlineData("string join(items.kind, \", \")", "copy, certificate")]
    public void String_functions(string expression, string expected) =>
        Assert.Equal(expected, FeelEvaluator.Evaluate(expression, Variables));

    [Theory]
    [InlineData("sum(items.fee)", 750)]
    [InlineData("mean(items.fee)", 375)]
    [InlineData("sum(1, 2, 3)", 6)]
    [InlineData("number(\"12.5\")", 12.5)]
    [InlineData("floor(2.7) + ceiling(2.1) + abs(-1)", 6)]
    [InlineData("applied.month", 4)]
    [InlineData("date(\"2026-04-30\").weekday", 4)]
    [InlineData("count([1, 2, 3][item > 1])", 2)]
    [InlineData("count(distinct values([1, 2, 2, 1]))", 2)]
    [InlineData("count(append([1], 2, 3)) + count(concatenate([1], [2]))", 5)]
    [InlineData("modulo(-7, 3)", 2)]
    [InlineData("decimal(2.345, 2)", 2.34)]
    public void Numeric_functions(string expression, double expected) =>
        Assert.Equal((decimal)expected, FeelEvaluator.Evaluate(expression, Variables));

    [Theory]
    [InlineData("applied + duration(\"P14D\") > date and time(\"2026-04-14T00:00:00+09:00\")")]
    [InlineData("applied + duration(\"P1M\") = date and time(\"2026-05-01T09:00:00+09:00\")")]
    [InlineData("date(2026, 4, 1) = date(\"2026-04-01\")")]
    [InlineData("date(\"2026-04-01\") - date(\"2026-03-01\") = duration(\"P31D\")")]
    [InlineData("years and months duration(date(\"2000-04-02\"), date(\"2026-04-01\")) = duration(\"P25Y11M\")")]
    [InlineData("date(applied) = date(\"2026-04-01\")")]
    [InlineData("is defined(name) and not(is defined(missing))")]
    [InlineData("all([true, 1 < 2]) and any([false, true])")]
    [InlineData("date(\"2026-02-30\") = null")]
    public void Temporal_functions(string expression) =>
        Assert.True(FeelEvaluator.IsTrue(expression, Variables));

    [Theory]
    [InlineData("upper case()")]
    [InlineData("substring(\"a\")")]
    [InlineData("date(1, 2)")]
    public void A_wrong_number_of_arguments_is_an_error(string expression) =>
        Assert.Throws<FeelException>(() => FeelEvaluator.Evaluate(expression, Variables));

    [Fact]
    public void A_script_turns_feel_values_into_storable_variables()
    {
        var assigned = FeelScript.Parse("""
            n := 2 * 3
            half := 1 / 2; text := "a;b"
            when := date("2026-04-01")
            list := [1, "x", null]
            """).Run(Variables);

        Assert.Equal(6L, assigned["n"]);
        Assert.Equal(0.5m, assigned["half"]);
        Assert.Equal("a;b", assigned["text"]);
        Assert.Equal("2026-04-01", assigned["when"]);
        Assert.Equal([1L, "x", null], (IEnumerable<object?>)assigned["list"]!);
    }
}
