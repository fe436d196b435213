using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Tests.Support;
using Xunit;

namespace CaseManagement.Workflows.Tests.Feel;

/// <summary>FEEL 1.3 syntax beyond S-FEEL: named arguments, <c>instance of</c>, <c>@"…"</c> temporal literals and
/// unicode escapes in strings.</summary>
public sealed class FeelSyntaxTests
{
    private static readonly IReadOnlyDictionary<string, object?> Variables = Vars.Of(
        ("applicant", Vars.Of(("name", "山田"), ("age", 34))),
        ("received", new DateTimeOffset(2026, 4, 1, 9, 30, 0, TimeSpan.FromHours(9))));

    private static object? Eval(string expression) => FeelEvaluator.Evaluate(expression, Variables);

    [Theory]
    [InlineData("substring(string: \"相談窓口\", start position: 3) = \"窓口\"")]
    [InlineData("substring(start position: 1, length: 2, string: \"相談窓口\") = \"相談\"")]
    [InlineData("contains(match: \"談\", string: \"相談\")")]
    [InlineData("date(year: 2026, month: 4, day: 1) = date(\"2026-04-01\")")]
    [InlineData("decimal(scale: 1, n: 2.25) = 2.2")]
    [InlineData("string join(delimiter: \"・\", list: [\"児童\", \"妊産婦\"]) = \"児童・妊産婦\"")]
    [InlineData("sort(precedes: function(x, y) x > y, list: [1, 3, 2]) = [3, 2, 1]")]
    [InlineData("{fee: function(price, copies) price * copies, total: fee(copies: 2, price: 300)}.total = 600")]
    [InlineData("before(point1: 1, point2: 2)")]
    [InlineData("before(range: [5..10], point: 1) = false")]
    [InlineData("before(point: 1, range: [5..10])")]
    public void Named_arguments_go_to_their_parameters(string expression) => Assert.Equal(true, Eval(expression));

    [Theory]
    [InlineData("substring(strin: \"abc\", start position: 2)", "no parameter named 'strin'")]
    [InlineData("substring(string: \"abc\", 2)", "names all its arguments or none")]
    [InlineData("substring(\"abc\", start position: 2)", "names all its arguments or none")]
    [InlineData("substring(string: \"abc\", string: \"d\")", "same named argument twice")]
    public void Bad_named_calls_are_refused_saying_why(string expression, string message) =>
        Assert.Contains(message, Assert.Throws<FeelException>(() => Eval(expression)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("applicant.age instance of number")]
    [InlineData("applicant.name instance of string")]
    [InlineData("received instance of date and time")]
    [InlineData("date(received) instance of date")]
    [InlineData("duration(\"P2D\") instance of days and time duration")]
    [InlineData("duration(\"P1Y\") instance of years and months duration")]
    [InlineData("[1, 2] instance of list")]
    [InlineData("applicant instance of context")]
    [InlineData("(function(x) x) instance of function")]
    [InlineData("[1..2] instance of range")]
    [InlineData("true instance of boolean")]
    [InlineData("null instance of Null")]
    [InlineData("applicant instance of Any")]
    [InlineData("not(null instance of Any)")]
    [InlineData("not(\"34\" instance of number)")]
    [InlineData("not(applicant.missing instance of string)")]
    [InlineData("if applicant.age instance of number then true else false")]
    public void Instance_of_tests_the_type(string expression) => Assert.Equal(true, Eval(expression));

    [Fact]
    public void Instance_of_an_unknown_type_is_refused_when_parsed() =>
        Assert.Contains("expected a type name", Assert.Throws<FeelException>(() => FeelEvaluator.Validate("1 instance of integer")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("@\"2026-04-01\" = date(\"2026-04-01\")")]
    [InlineData("@\"2026-04-01T09:30:00+09:00\" = received")]
    [InlineData("@\"09:30:00\" = time(\"09:30:00\")")]
    [InlineData("@\"P2DT3H\" = duration(\"P2DT3H\")")]
    [InlineData("@\"P1Y2M\" = duration(\"P1Y2M\")")]
    [InlineData("@\"-PT1H\" = duration(\"-PT1H\")")]
    [InlineData("@\"2026-04-01\" + @\"P1D\" = @\"2026-04-02\"")]
    [InlineData("received in [@\"2026-04-01T00:00:00+09:00\"..@\"2026-04-02T00:00:00+09:00\")")]
    public void Temporal_literals_are_the_values_their_text_names(string expression) => Assert.Equal(true, Eval(expression));

    [Theory]
    [InlineData("@\"2026-02-30\"", "not a valid date")]
    [InlineData("@\"25:00:00\"", "not a valid time")]
    [InlineData("@\"P1X\"", "not a valid duration")]
    [InlineData("@\"2026-04-01Tnoon\"", "not a valid date and time")]
    public void A_temporal_literal_that_is_no_value_is_refused_when_parsed(string expression, string message) =>
        Assert.Contains(message, Assert.Throws<FeelException>(() => FeelEvaluator.Validate(expression)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("\"\\u76F8\\u8AC7\"", "相談")]
    [InlineData("\"\\U01F600\"", "😀")]
    [InlineData("\"\\uD83D\\uDE00\"", "😀")]
    [InlineData("\"a\\\"b\\\\c\"", "a\"b\\c")]
    public void Unicode_and_quote_escapes_in_strings(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("\"\\u76F\"")]
    [InlineData("\"\\uZZZZ\"")]
    [InlineData("\"\\U110000\"")]
    public void A_bad_unicode_escape_is_refused(string expression) =>
        Assert.Contains("invalid escape", Assert.Throws<FeelException>(() => FeelEvaluator.Validate(expression)).Message, StringComparison.Ordinal);
}
