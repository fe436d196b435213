using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CaseManagement.Workflows.Tests.Feel;

public sealed class FeelPropertyTests
{
    private static object? Eval(string expression, decimal a, decimal b) =>
        FeelEvaluator.Evaluate(expression, Vars.Of(("a", a), ("b", b)));

    [Fact]
    public void Addition_of_decimals_commutes() =>
        Prop.ForAll<decimal, decimal>((a, b) => Equals(Eval("a + b", a, b), Eval("b + a", a, b))).QuickCheckThrowOnFailure();

    [Fact]
    public void Exactly_one_of_less_equal_or_greater_holds() =>
        Prop.ForAll<decimal, decimal>((a, b) =>
            new[] { "a < b", "a = b", "a > b" }.Count(e => Eval(e, a, b) is true) == 1).QuickCheckThrowOnFailure();

    [Fact]
    public void Less_or_equal_is_the_negation_of_greater() =>
        Prop.ForAll<decimal, decimal>((a, b) => Equals(Eval("a <= b", a, b), Eval("not(a > b)", a, b))).QuickCheckThrowOnFailure();

    [Fact]
    public void Subtraction_undoes_addition_when_nothing_overflows() =>
        Prop.ForAll<int, int>((a, b) => Equals(Eval("a + b - b", a, b), (decimal)a)).QuickCheckThrowOnFailure();

    [Fact]
    public void A_string_literal_round_trips_through_the_lexer() =>
        Prop.ForAll<NonNull<string>>(s =>
        {
            var escaped = s.Get.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
            return Equals(FeelEvaluator.Evaluate($"\"{escaped}\"", Vars.None), s.Get);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Membership_in_a_closed_range_is_the_same_as_two_comparisons() =>
        Prop.ForAll<int, int, int>((x, low, high) =>
        {
            var variables = Vars.Of(("x", (long)x), ("low", (long)low), ("high", (long)high));
            return Equals(
                FeelEvaluator.Evaluate("x in [low..high]", variables),
                FeelEvaluator.Evaluate("x >= low and x <= high", variables));
        }).QuickCheckThrowOnFailure();
}
