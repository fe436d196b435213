using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CaseManagement.Workflows.Tests.Feel;

public sealed class FeelIterationPropertyTests
{
    private static List<object?> ListOf(IEnumerable<int> items) => [.. items.Select(i => (object?)(long)i)];

    private static object? Eval(string expression, params (string Name, object? Value)[] variables) =>
        FeelEvaluator.Evaluate(expression, Vars.Of(variables));

    [Fact]
    public void Every_is_not_some_not() =>
        Prop.ForAll<int[], int>((items, t) =>
        {
            var list = ListOf(items);
            return Equals(
                Eval("every x in l satisfies x > t", ("l", list), ("t", (long)t)),
                Eval("not(some x in l satisfies not(x > t))", ("l", list), ("t", (long)t)));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void For_x_in_a_list_return_x_is_the_list() =>
        Prop.ForAll<int[]>(items =>
        {
            var list = ListOf(items);
            var result = Assert.IsAssignableFrom<IReadOnlyList<object?>>(Eval("for x in l return x", ("l", list)));
            return result.SequenceEqual(items.Select(i => (object?)(decimal)i)) && Eval("(for x in l return x) = l", ("l", list)) is true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_for_over_two_lists_yields_every_pair() =>
        Prop.ForAll<int[], int[]>((a, b) =>
            Equals(Eval("count(for x in a, y in b return [x, y])", ("a", ListOf(a)), ("b", ListOf(b))), (decimal)(a.Length * b.Length)))
        .QuickCheckThrowOnFailure();

    [Fact]
    public void Split_undoes_string_join_for_a_separator_the_items_do_not_contain() =>
        Prop.ForAll<NonNull<string>[], int>((items, pick) =>
        {
            // Separators without a meaning in a pattern, so split's pattern is the separator itself.
            string[] separators = [",", ";", "/", "、", ":", "#"];
            var separator = separators[Math.Abs(pick % separators.Length)];
            var strings = items.Select(s => s.Get.Replace(separator, "", StringComparison.Ordinal)).ToList();
            if (strings.Count == 0) return true;
            var list = strings.Cast<object?>().ToList();
            var split = Eval("split(string join(l, sep), sep)", ("l", list), ("sep", separator));
            return Assert.IsAssignableFrom<IReadOnlyList<object?>>(split).SequenceEqual(list);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Sort_gives_an_ordered_permutation() =>
        Prop.ForAll<int[]>(items =>
        {
            var sorted = Assert.IsAssignableFrom<IReadOnlyList<object?>>(Eval("sort(l)", ("l", ListOf(items))));
            return sorted.Cast<decimal>().SequenceEqual(items.Order().Select(i => (decimal)i));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Sort_with_a_precedes_function_agrees_with_natural_order_reversed() =>
        Prop.ForAll<int[]>(items => Equals(
            Eval("sort(l, function(a, b) a > b) = reverse(sort(l))", ("l", ListOf(items))), true)).QuickCheckThrowOnFailure();

    [Fact]
    public void Reverse_twice_is_the_identity() =>
        Prop.ForAll<int[]>(items => Equals(Eval("reverse(reverse(l)) = l", ("l", ListOf(items))), true)).QuickCheckThrowOnFailure();

    [Fact]
    public void Union_of_a_list_with_itself_is_its_distinct_values() =>
        Prop.ForAll<int[]>(items => Equals(Eval("union(l, l) = distinct values(l)", ("l", ListOf(items))), true)).QuickCheckThrowOnFailure();
}
