using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Tests.Support;
using Xunit;

namespace CaseManagement.Workflows.Tests.Feel;

public sealed class FeelIterationTests
{
    private static readonly IReadOnlyDictionary<string, object?> Variables = Vars.Of(
        ("fees", new List<object?> { 300L, 450L, 1200L }),
        ("children", new List<object?> { Vars.Of(("name", "一郎"), ("age", 3L)), Vars.Of(("name", "二郎"), ("age", 9L)) }),
        ("some", 1L));

    // A small budget keeps the tests that exhaust it quick; the default is a million steps.
    private static readonly FeelEnvironment Small = new() { MaxSteps = 10_000 };

    private static object? Eval(string expression) => FeelEvaluator.Evaluate(expression, Variables);

    [Theory]
    [InlineData("for fee in fees return fee * 2", new[] { 600, 900, 2400 })]
    [InlineData("for i in 1..3 return i * i", new[] { 1, 4, 9 })]
    [InlineData("for i in 3..1 return i", new[] { 3, 2, 1 })]
    [InlineData("for i in [1..3] return i", new[] { 1, 2, 3 })]
    [InlineData("for i in (1..4) return i", new[] { 2, 3 })]
    [InlineData("for i in [1, 2], j in [10, 20] return i + j", new[] { 11, 21, 12, 22 })]
    [InlineData("for i in 1..3, j in 1..i return j", new[] { 1, 1, 2, 1, 2, 3 })]
    [InlineData("for c in children return c.age + 1", new[] { 4, 10 })]
    [InlineData("for x in [] return x", new int[0])]
    public void For_returns_the_list_of_its_body_for_every_item(string expression, int[] expected) =>
        Assert.Equal(expected.Select(e => (object?)(decimal)e), Assert.IsAssignableFrom<IEnumerable<object?>>(Eval(expression)));

    [Theory]
    [InlineData("some fee in fees satisfies fee > 1000", true)]
    [InlineData("some fee in fees satisfies fee > 5000", false)]
    [InlineData("every fee in fees satisfies fee >= 300", true)]
    [InlineData("every fee in fees satisfies fee > 300", false)]
    [InlineData("every x in [] satisfies false", true)]
    [InlineData("some x in [] satisfies true", false)]
    [InlineData("some c in children satisfies c.age < 6", true)]
    [InlineData("some i in [1, 2], j in [2, 3] satisfies i * j = 6", true)]
    [InlineData("every fee in fees satisfies some f in fees satisfies f > fee", false)]
    public void Some_and_every_test_the_items(string expression, bool expected) =>
        Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Some_stops_at_the_first_item_that_holds()
    {
        // 1..100000 would exceed a budget of 100 steps if some did not stop at i = 2.
        Assert.Equal(true, FeelEvaluator.Evaluate("some i in 1..100000 satisfies i = 2", Vars.None, new FeelEnvironment { MaxSteps = 100 }));
        Assert.Equal(false, FeelEvaluator.Evaluate("every i in 1..100000000000000000000000 satisfies i < 3", Vars.None));
    }

    [Fact]
    public void A_variable_named_like_a_keyword_is_still_a_variable() => Assert.Equal(2m, Eval("some + 1"));

    [Theory]
    [InlineData("for x in null return x")]
    [InlineData("for i in 1.5..3 return i")]
    [InlineData("some x in null satisfies true")]
    public void Iterating_over_what_is_not_a_list_gives_null(string expression) => Assert.Null(Eval(expression));

    [Theory]
    [InlineData("{double: function(x) x * 2, r: double(21)}.r", 42)]
    [InlineData("{f: function(n) if n = 0 then 1 else n * f(n - 1), r: f(5)}.r", 120)]
    [InlineData("{k: 10, addK: function(x) x + k, r: addK(1)}.r", 11)]
    public void Function_literals_close_over_their_scope(string expression, int expected) =>
        Assert.Equal((decimal)expected, Eval(expression));

    [Fact]
    public void A_function_cannot_be_stored_in_a_variable()
    {
        var error = Assert.Throws<FeelException>(() => FeelScript.Parse("r := {add: function(a, b) a + b}.add").Run(Variables));

        Assert.Contains("a function cannot be stored", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_called_with_the_wrong_number_of_arguments_names_it()
    {
        var error = Assert.Throws<FeelException>(() => Eval("{f: function(a, b) a + b, r: f(1)}.r"));

        Assert.Contains("function(a, b) a + b", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sort([3, 1, 2])", new[] { 1, 2, 3 })]
    [InlineData("sort([3, 1, 2], function(a, b) a > b)", new[] { 3, 2, 1 })]
    [InlineData("sort(children, function(a, b) a.age > b.age).age", new[] { 9, 3 })]
    public void Sort_orders_naturally_or_by_a_precedes_function(string expression, int[] expected) =>
        Assert.Equal(expected.Select(e => (object?)(decimal)e), Assert.IsAssignableFrom<IEnumerable<object?>>(Eval(expression)));

    [Fact]
    public void A_for_over_a_huge_range_is_refused_at_once_naming_the_iteration()
    {
        var error = Assert.Throws<FeelException>(() => Eval("count(for i in 1..1000000000 return i)"));

        Assert.Contains("'for i in 1..1000000000 return i' would iterate 1000000000 times", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quantifier_over_a_huge_range_that_never_decides_stops_when_the_budget_is_spent()
    {
        var error = Assert.Throws<FeelException>(() => FeelEvaluator.Evaluate("some i in 1..1000000000 satisfies i < 0", Vars.None, Small));

        Assert.Contains("evaluation stopped after 10000 steps in 'some i in 1..1000000000 satisfies i < 0'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_iterations_stop_when_the_step_budget_is_spent_naming_the_innermost()
    {
        var error = Assert.Throws<FeelException>(() => FeelEvaluator.Evaluate("for i in 1..1000 return sum(for j in 1..1000 return j)", Vars.None, Small));

        Assert.Contains("evaluation stopped after 10000 steps in 'for j in 1..1000 return j'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Doubling_a_string_stops_before_memory_runs_out()
    {
        // Each entry doubles the one before: 2^40 characters if nothing stopped it.
        var entries = string.Join(", ", Enumerable.Range(1, 40).Select(i => $"s{i}: s{i - 1} + s{i - 1}"));

        var error = Assert.Throws<FeelException>(() => Eval($"{{s0: \"ab\", {entries}}}.s40"));

        Assert.Contains("characters of text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unbounded_recursion_is_an_error_not_a_crash()
    {
        var error = Assert.Throws<FeelException>(() => Eval("{f: function(n) f(n + 1), r: f(0)}.r"));

        Assert.Contains("too deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Distinct_values_counts_its_comparisons_against_the_budget()
    {
        var error = Assert.Throws<FeelException>(() => FeelEvaluator.Evaluate("distinct values(for i in 1..1000 return i)", Vars.None, Small));

        Assert.Contains("steps", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_error_names_the_assignment()
    {
        var error = Assert.Throws<FeelException>(() => FeelScript.Parse("n := 1\nall := for i in 1..1000000000 return i").Run(Vars.None));

        Assert.Contains("(in 'all := for i in 1..1000000000 return i')", error.Message, StringComparison.Ordinal);
    }
}
