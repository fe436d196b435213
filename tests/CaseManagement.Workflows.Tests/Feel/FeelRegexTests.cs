using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Tests.Support;
using Xunit;

namespace CaseManagement.Workflows.Tests.Feel;

public sealed class FeelRegexTests
{
    private static object? Eval(string expression, params (string Name, object? Value)[] variables) =>
        FeelEvaluator.Evaluate(expression, Vars.Of(variables));

    [Theory]
    [InlineData("""matches("090-1234-5678", "^0\\d{1,4}-\\d{1,4}-\\d{4}$")""", true)]
    [InlineData("""matches("abracadabra", "bra")""", true)]
    [InlineData("""matches("abracadabra", "^a.*a$")""", true)]
    [InlineData("""matches("abracadabra", "^bra")""", false)]
    [InlineData("""matches("ABC", "abc", "i")""", true)]
    [InlineData("""matches("a.c", "a.c", "q")""", true)]
    [InlineData("""matches("abc", "a.c", "q")""", false)]
    [InlineData("""matches("a b c", "a b c", "x")""", false)]
    [InlineData("""matches("abc", "a b c", "x")""", true)]
    [InlineData("""matches("line1\nline2", "^line2$", "m")""", true)]
    [InlineData("""matches("line1\nline2", "^line2$")""", false)]
    [InlineData("""matches("a\nb", "a.b")""", false)]
    [InlineData("""matches("a\nb", "a.b", "s")""", true)]
    [InlineData("""matches("abc\n", "abc$")""", false)]
    [InlineData("""matches("山田 太郎", "^\\p{IsCJKUnifiedIdeographs}+\\s\\p{IsCJKUnifiedIdeographs}+$")""", true)]
    [InlineData("""matches("a_b", "^\\w+$")""", false)]
    public void Matches_follows_the_xpath_meaning_of_the_pattern(string expression, bool expected) =>
        Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("""replace("abcd", "(ab)|(a)", "[1=$1][2=$2]")""", "[1=ab][2=]cd")]
    [InlineData("""replace("0120-123-456", "-", "")""", "0120123456")]
    [InlineData("""replace("Mr. Yamada", "mr\\.", "様", "i")""", "様 Yamada")]
    [InlineData("""replace("price", "p", "\\$")""", "$rice")]
    [InlineData("""replace("abc", "(b)", "$1$1")""", "abbc")]
    [InlineData("""replace("abc", "(b)", "$10")""", "ab0c")]
    public void Replace_uses_xpath_replacement_strings(string expression, string expected) =>
        Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("""split("John Doe", "\\s")""", new[] { "John", "Doe" })]
    [InlineData("""split("a;b;c;;", ";")""", new[] { "a", "b", "c", "", "" })]
    [InlineData("""split("a1b22c", "(\\d)+")""", new[] { "a", "b", "c" })]
    [InlineData("""split("aXbxc", "x", "i")""", new[] { "a", "b", "c" })]
    public void Split_returns_the_pieces_between_delimiters_only(string expression, string[] expected) =>
        Assert.Equal(expected, Assert.IsAssignableFrom<IEnumerable<object?>>(Eval(expression)));

    [Theory]
    [InlineData("""matches("a", "(?=a)")""", "(?")]
    [InlineData("""matches("aa", "(a)\\1")""", "back-references")]
    [InlineData("""matches("a", "\\ba")""", "'\\b' is not an escape")]
    [InlineData("""matches("a", "\\i")""", "XML name characters")]
    [InlineData("""matches("a", "a", "g")""", "'g' is not a flag")]
    [InlineData("""matches("a", "[a")""", "not a valid regular expression")]
    [InlineData("""replace("a", "a", "\\n")""", "backslash")]
    [InlineData("""replace("a", "a", "$x")""", "group number")]
    public void A_pattern_written_in_the_expression_that_cannot_be_translated_is_refused_when_parsed(string expression, string why)
    {
        var error = Assert.Throws<FeelException>(() => FeelEvaluator.Validate(expression));

        Assert.Contains("cannot be used", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_from_a_variable_is_checked_when_it_is_used()
    {
        var error = Assert.Throws<FeelException>(() => Eval("matches(text, pattern)", ("text", "x"), ("pattern", "(?<name>x)")));

        Assert.Contains("the pattern '(?<name>x)' cannot be used", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""split("abc", "x*")""")]
    [InlineData("""replace("abc", "", "-")""")]
    public void A_pattern_that_matches_the_empty_string_is_refused_by_split_and_replace(string expression) =>
        Assert.Contains("matches the empty string", Assert.Throws<FeelException>(() => Eval(expression)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_catastrophic_pattern_runs_in_linear_time_instead_of_hanging()
    {
        // (a+)+b backtracks exponentially on a backtracking engine; ours does not backtrack.
        Assert.Equal(false, Eval("matches(text, \"^(a+)+b$\")", ("text", new string('a', 5000))));
    }

    [Theory]
    [InlineData("""matches(1, "a")""")]
    [InlineData("""replace("a", "a", null)""")]
    [InlineData("""split(null, ",")""")]
    public void Arguments_of_the_wrong_type_give_null(string expression) => Assert.Null(Eval(expression));
}
