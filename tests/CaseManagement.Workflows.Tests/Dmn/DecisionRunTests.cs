using CaseManagement.Workflows.Dmn;
using Xunit;
using static CaseManagement.Workflows.Tests.Dmn.TestDmn;

namespace CaseManagement.Workflows.Tests.Dmn;

public sealed class DecisionRunTests
{
    private static readonly DmnDefinitions ChildcareFee = DmnReader.Read(Fixture("childcare-fee.dmn"));

    [Fact]
    public void A_decision_sees_the_decisions_it_requires_by_their_names()
    {
        var fee = DecisionEvaluator.Evaluate(ChildcareFee, "monthlyFee", Vars(("Tax Bracket", 2), ("ageClass", "0-2"), ("secondChild", true)));

        Assert.Equal(9000L, fee);
    }

    [Fact]
    public void Input_data_named_with_spaces_are_referred_to_as_written()
    {
        var fee = DecisionEvaluator.Evaluate(ChildcareFee, "baseFee", Vars(("Tax Bracket", 3), ("ageClass", "0-2")));

        Assert.Equal(27000L, fee);
    }

    [Fact]
    public void Input_data_the_caller_does_not_supply_are_null_and_match_no_rule()
    {
        Assert.Null(DecisionEvaluator.Evaluate(ChildcareFee, "baseFee", Vars(("ageClass", "0-2"))));
    }

    [Fact]
    public void A_multi_output_table_returns_a_context_keyed_by_output_name()
    {
        var table = Table("""hitPolicy="UNIQUE" """, ["kind"], ["queue", "days"], "\"転入\" | \"住民課\"; 14", "\"転出\" | \"住民課\"; 14");

        var result = Assert.IsType<Dictionary<string, object?>>(Evaluate(table, ("kind", "転入")));

        Assert.Equal(("住民課", 14L), (result["queue"], result["days"]));
    }

    [Fact]
    public void When_no_rule_matches_the_default_output_entry_is_the_result()
    {
        var body = Document("""
            <decision id="d" name="d"><decisionTable hitPolicy="FIRST">
              <input><inputExpression><text>age</text></inputExpression></input>
              <output name="rate"><defaultOutputEntry><text>"standard"</text></defaultOutputEntry></output>
              <rule id="r1"><inputEntry><text>&lt; 3</text></inputEntry><outputEntry><text>"free"</text></outputEntry></rule>
            </decisionTable></decision>
            """);

        Assert.Equal("standard", DecisionEvaluator.Evaluate(DmnReader.Read(body), "d", Vars(("age", 40))));
    }

    [Fact]
    public void A_literal_expression_decision_returns_its_value()
    {
        var body = """<decision id="d" name="d"><literalExpression><text>upper case(kind) + "-" + string(copies * 300)</text></literalExpression></decision>""";

        Assert.Equal("JUMINHYO-900", Evaluate(body, ("kind", "juminhyo"), ("copies", 3)));
    }

    [Fact]
    public void A_business_knowledge_model_is_invoked_by_name_with_its_arguments()
    {
        var body = """
            <businessKnowledgeModel id="b" name="copy fee"><encapsulatedLogic>
              <formalParameter name="unit price"/><formalParameter name="copies"/>
              <literalExpression><text>unit price * copies</text></literalExpression>
            </encapsulatedLogic></businessKnowledgeModel>
            <decision id="d" name="d"><knowledgeRequirement><requiredKnowledge href="#b"/></knowledgeRequirement>
              <literalExpression><text>copy fee(300, n) + copy fee(450, 1)</text></literalExpression></decision>
            """;

        Assert.Equal(1050L, Evaluate(body, ("n", 2)));
    }

    [Fact]
    public void A_business_knowledge_model_takes_named_arguments_in_any_order()
    {
        var body = """
            <businessKnowledgeModel id="b" name="copy fee"><encapsulatedLogic>
              <formalParameter name="unit price"/><formalParameter name="copies"/>
              <literalExpression><text>unit price * copies</text></literalExpression>
            </encapsulatedLogic></businessKnowledgeModel>
            <decision id="d" name="d"><knowledgeRequirement><requiredKnowledge href="#b"/></knowledgeRequirement>
              <literalExpression><text>copy fee(copies: n, unit price: 300)</text></literalExpression></decision>
            """;

        Assert.Equal(600L, Evaluate(body, ("n", 2)));
    }

    [Fact]
    public void An_unknown_decision_id_fails_naming_it()
    {
        var error = Assert.Throws<DmnEvaluationException>(() => DecisionEvaluator.Evaluate(ChildcareFee, "nope", Vars()));

        Assert.Equal("nope", error.DecisionId);
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_cell_names_the_decision_and_the_rule()
    {
        var table = Table("""hitPolicy="FIRST" """, ["kind"], ["fee"], "- | stampDuty(kind)");

        var error = Assert.Throws<DmnEvaluationException>(() => Evaluate(table, ("kind", "x")));

        Assert.Contains("decision 'd'", error.Message, StringComparison.Ordinal);
        Assert.Contains("rule 'r1'", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);
}
