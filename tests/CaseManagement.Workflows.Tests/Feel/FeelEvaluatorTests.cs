using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Tests.Support;
using Xunit;

namespace CaseManagement.Workflows.Tests.Feel;

public sealed class FeelEvaluatorTests
{
    private static readonly IReadOnlyDictionary<string, object?> Variables = Vars.Of(
        ("age", 42L),
        ("income", 3500000.5m),
        ("ratio", 0.25),
        ("category", "child"),
        ("urgent", true),
        ("applicant", Vars.Of(("name", "山田"), ("address", Vars.Of(("city", "横浜"))))),
        ("children", new List<object?> { Vars.Of(("age", 3L)), Vars.Of(("age", 9L)), Vars.Of(("age", 15L)) }));

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 / 4", 2.5)]
    [InlineData("-age + 2", -40)]
    [InlineData("2 ** 10", 1024)]
    [InlineData("string length(category)", 5)]
    [InlineData("count(children)", 3)]
    [InlineData("sum(children.age)", 27)]
    [InlineData("max(children.age)", 15)]
    [InlineData("min([4, 2, 8])", 2)]
    [InlineData("if age > 40 then 1 else 2", 1)]
    [InlineData("children[1].age", 3)]
    [InlineData("children[-1].age", 15)]
    [InlineData("count(children[age >= 6])", 2)]
    [InlineData("ratio * 4", 1)]
    public void Arithmetic_and_built_ins_give_numbers(string expression, double expected) =>
        Assert.Equal((decimal)expected, FeelEvaluator.Evaluate(expression, Variables));

    [Theory]
    [InlineData("age = 42")]
    [InlineData("age != 41")]
    [InlineData("income >= 3500000 and urgent")]
    [InlineData("category = \"tax\" or urgent = true")]
    [InlineData("not(category = \"tax\")")]
    [InlineData("applicant.address.city = \"横浜\"")]
    [InlineData("age in [18..65]")]
    [InlineData("age in (< 10, > 40)")]
    [InlineData("category in (\"child\", \"elderly\")")]
    [InlineData("age between 40 and 50")]
    [InlineData("contains(applicant.name, \"山\")")]
    [InlineData("starts with(upper case(\"abc\"), \"AB\")")]
    [InlineData("substring(\"相談受付\", 3) = \"受付\"")]
    [InlineData("substring(\"abcdef\", 2, 3) = \"bcd\"")]
    [InlineData("date(\"2026-04-01\") + duration(\"P1D\") = date(\"2026-04-02\")")]
    [InlineData("date and time(\"2026-04-01T09:00:00+09:00\") < date and time(\"2026-04-01T01:00:00Z\")")]
    [InlineData("duration(\"PT2H\") > duration(\"PT90M\")")]
    [InlineData("list contains([1, 2, 3], 2)")]
    [InlineData("{a: 1, b: a + 1}.b = 2")]
    [InlineData("null = missing")]
    public void Conditions_that_hold(string expression) => Assert.True(FeelEvaluator.IsTrue(expression, Variables));

    [Theory]
    [InlineData("missing > 1")]
    [InlineData("category > 1")]
    [InlineData("urgent and missing")]
    [InlineData("1 / 0")]
    public void Comparisons_with_null_or_unlike_types_are_unknown_not_errors(string expression) =>
        Assert.Null(FeelEvaluator.Evaluate(expression, Variables));

    [Theory]
    [InlineData("false and missing", false)]
    [InlineData("true or missing", true)]
    public void Logic_is_three_valued(string expression, bool expected) =>
        Assert.Equal(expected, FeelEvaluator.Evaluate(expression, Variables));

    [Theory]
    [InlineData("1 +")]
    [InlineData("(1 + 2")]
    [InlineData("\"unterminated")]
    [InlineData("a = = b")]
    [InlineData("nosuchfunction(1)")]
    [InlineData("#")]
    public void Syntax_errors_and_unknown_functions_throw(string expression) =>
        Assert.Throws<FeelException>(() => FeelEvaluator.Evaluate(expression, Variables));

    [Fact]
    public void Deep_nesting_is_refused_instead_of_overflowing_the_stack()
    {
        var expression = new string('(', 1000) + "1" + new string(')', 1000);

        Assert.Contains("deeper", Assert.Throws<FeelException>(() => FeelEvaluator.Evaluate(expression, Variables)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leading_equals_sign_is_allowed()
    {
        Assert.Equal("child", FeelEvaluator.Evaluate("=category", Variables));
    }

    [Theory]
    [InlineData("< 50", 42, true)]
    [InlineData("[1..10], > 40", 42, true)]
    [InlineData("(40..42)", 42, false)]
    [InlineData("-", 42, true)]
    [InlineData("not(42, 43)", 42, false)]
    [InlineData("42", 42, true)]
    public void Unary_tests_match_an_input(string tests, long input, bool expected) =>
        Assert.Equal(expected, FeelEvaluator.MatchesUnaryTests(tests, input, Variables));
}
