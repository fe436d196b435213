using Xunit;
using CaseManagement.Workflows.Feel;

namespace CaseManagement.Workflows.Tests.Feel;

/// <summary>A literal in a unary test is a value to compare with the input, even a boolean literal.</summary>
public sealed class UnaryLiteralTests
{
    // Regression: a bare `true` input entry matched a null input, so a decision table gave 児童手当 to a household
    // whose hasChildren was unknown.
    [Theory]
    [InlineData("true", null, false)]
    [InlineData("false", null, false)]
    [InlineData("true", true, true)]
    [InlineData("true", false, false)]
    [InlineData("false", false, true)]
    public void A_boolean_literal_matches_only_the_same_boolean(string test, object? input, bool expected) =>
        Assert.Equal(expected, FeelEvaluator.MatchesUnaryTests(test, input, new Dictionary<string, object?>()));

    [Fact]
    public void An_expression_test_on_the_input_still_decides_by_its_own_result() =>
        Assert.True(FeelEvaluator.MatchesUnaryTests("? > 5", 7L, new Dictionary<string, object?>()));
}
