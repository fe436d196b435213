using CaseManagement.Workflows.Dmn;
using Xunit;
using static CaseManagement.Workflows.Tests.Dmn.TestDmn;

namespace CaseManagement.Workflows.Tests.Dmn;

public sealed class DecisionEvaluatorTests
{
    // 手数料: the fee for a certificate by kind and number of copies.
    private static readonly string[] Kind = ["kind"];
    private static readonly string[] Fee = ["fee"];

    [Fact]
    public void A_UNIQUE_table_returns_the_output_of_its_one_matching_rule()
    {
        var table = Table("""hitPolicy="UNIQUE" """, Kind, Fee, "\"juminhyo\" | 300", "\"koseki\" | 450");

        Assert.Equal(450L, Evaluate(table, ("kind", "koseki")));
    }

    [Fact]
    public void A_UNIQUE_table_with_two_matching_rules_fails_naming_the_decision_and_both_rules()
    {
        var table = Table("""hitPolicy="UNIQUE" """, ["income"], Fee, "< 3000000 | 0", "< 5000000 | 1200", ">= 5000000 | 2400");

        var error = Assert.Throws<DmnEvaluationException>(() => Evaluate(table, ("income", 1000000)));

        Assert.Equal("d", error.DecisionId);
        Assert.Contains("UNIQUE", error.Message, StringComparison.Ordinal);
        Assert.Contains("'r1', 'r2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_hit_policy_is_UNIQUE()
    {
        var table = Table("", ["income"], Fee, "< 5000000 | 0", "< 3000000 | 1200");

        Assert.Throws<DmnEvaluationException>(() => Evaluate(table, ("income", 1000000)));
    }

    [Fact]
    public void A_FIRST_table_returns_the_first_matching_rule_in_table_order()
    {
        var table = Table("""hitPolicy="FIRST" """, ["income"], Fee, "< 3000000 | 0", "< 5000000 | 1200", "- | 2400");

        Assert.Equal((0L, 1200L, 2400L), (Evaluate(table, ("income", 1)), Evaluate(table, ("income", 4000000)), Evaluate(table, ("income", 9000000))));
    }

    [Fact]
    public void A_PRIORITY_table_returns_the_output_that_comes_first_in_the_output_values()
    {
        var table = Table("""hitPolicy="PRIORITY" """, ["age"], ["route: \"urgent\",\"normal\"", "x"],
            ">= 0 | \"normal\"; 1", ">= 75 | \"urgent\"; 2");

        var result = Assert.IsType<Dictionary<string, object?>>(Evaluate(table, ("age", 80)));

        Assert.Equal(("urgent", 2L), (result["route"], result["x"]));
    }

    [Fact]
    public void An_ANY_table_returns_the_output_its_matching_rules_agree_on()
    {
        var table = Table("""hitPolicy="ANY" """, ["age", "disabled"], ["exempt"], ">= 70; - | true", "-; true | true", "< 70; false | false");

        Assert.Equal(true, Evaluate(table, ("age", 72), ("disabled", true)));
    }

    [Fact]
    public void An_ANY_table_whose_matching_rules_disagree_fails_naming_the_rules()
    {
        var table = Table("""hitPolicy="ANY" """, ["age"], ["exempt"], ">= 70 | true", ">= 65 | false");

        var error = Assert.Throws<DmnEvaluationException>(() => Evaluate(table, ("age", 72)));

        Assert.Contains("'r1', 'r2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_COLLECT_table_lists_the_output_of_every_matching_rule_in_rule_order()
    {
        var table = Table("""hitPolicy="COLLECT" """, ["movedIn"], ["form"], "true | \"転入届\"", "- | \"国保\"", "false | \"転出届\"");

        Assert.Equal(["転入届", "国保"], Assert.IsType<List<object?>>(Evaluate(table, ("movedIn", true))));
    }

    [Theory]
    [InlineData("SUM", 1500)]
    [InlineData("COUNT", 3)]
    [InlineData("MIN", 200)]
    [InlineData("MAX", 800)]
    public void A_COLLECT_table_with_an_aggregation_combines_the_matching_outputs(string aggregation, long expected)
    {
        var table = Table($"""hitPolicy="COLLECT" aggregation="{aggregation}" """, ["copies"], Fee, ">= 1 | 500", ">= 2 | 800", ">= 3 | 200", ">= 4 | 9999");

        Assert.Equal(expected, Evaluate(table, ("copies", 3)));
    }

    [Fact]
    public void A_COLLECT_COUNT_with_no_match_is_zero_and_a_plain_COLLECT_is_null()
    {
        var count = Table("""hitPolicy="COLLECT" aggregation="COUNT" """, ["copies"], Fee, "> 10 | 1");
        var plain = Table("""hitPolicy="COLLECT" """, ["copies"], Fee, "> 10 | 1");

        Assert.Equal((0L, null), (Evaluate(count, ("copies", 1)), Evaluate(plain, ("copies", 1))));
    }

    [Fact]
    public void A_RULE_ORDER_table_lists_matching_outputs_in_rule_order()
    {
        var table = Table("""hitPolicy="RULE ORDER" """, ["age"], ["benefit"], ">= 0 | \"児童手当\"", ">= 0 | \"医療費助成\"", "< 0 | \"none\"");

        Assert.Equal(["児童手当", "医療費助成"], Assert.IsType<List<object?>>(Evaluate(table, ("age", 3))));
    }

    [Fact]
    public void An_OUTPUT_ORDER_table_lists_matching_outputs_in_the_order_of_the_output_values()
    {
        var table = Table("""hitPolicy="OUTPUT ORDER" """, ["age"], ["level: \"high\",\"medium\",\"low\"", "n"],
            "- | \"low\"; 1", "- | \"high\"; 2", "- | \"medium\"; 3", "- | \"high\"; 4");

        var rows = Assert.IsType<List<object?>>(Evaluate(table, ("age", 1)));

        Assert.Equal([2L, 4L, 3L, 1L], rows.Cast<Dictionary<string, object?>>().Select(r => r["n"]));
    }
}
