using CaseManagement.Workflows.Dmn;
using CaseManagement.Workflows.Tests.Support;
using Xunit;

namespace CaseManagement.Workflows.Tests.Processes;

/// <summary>The shipped decision workflows/related-procedures.dmn (関連手続の判定), one row per kind of 届出.</summary>
public sealed class RelatedProceduresDecisionTests
{
    private static readonly DmnDefinitions RelatedProcedures = DmnReader.Read(TestBpmn.Workflow("related-procedures.dmn"));

    [Theory]
    [InlineData("転入", true, 38L, "国民健康保険,児童手当,転入学")]
    [InlineData("転入", false, 30L, "国民健康保険")]
    [InlineData("転入", false, 70L, "国民健康保険,介護保険")]
    [InlineData("転出", true, 40L, "国民健康保険,児童手当")]
    [InlineData("転出", false, 80L, "国民健康保険,介護保険")]
    [InlineData("転居", true, 35L, "転入学")]
    [InlineData("出生", true, 0L, "国民健康保険,児童手当")]
    [InlineData("死亡", false, 88L, "国民健康保険,介護保険")]
    public void A_notification_lists_its_related_procedures_in_rule_order(string @event, bool hasChildren, long age, string expected)
    {
        var procedures = DecisionEvaluator.Evaluate(RelatedProcedures, "related_procedures", Vars.Of(("event", @event), ("hasChildren", hasChildren), ("age", age)));

        Assert.Equal(expected.Split(','), Assert.IsType<IReadOnlyList<object?>>(procedures, exactMatch: false));
    }

    [Theory]
    [InlineData("婚姻", false, 29L)]
    [InlineData("転居", false, 50L)]
    [InlineData("印鑑登録", true, 45L)]
    public void A_notification_with_no_related_procedure_gives_no_result(string @event, bool hasChildren, long age) =>
        Assert.Null(DecisionEvaluator.Evaluate(RelatedProcedures, "related_procedures", Vars.Of(("event", @event), ("hasChildren", hasChildren), ("age", age))));

    [Fact]
    // A bare `true` input entry also matched a null input: the input expression compares, so unknown means no children.
    public void Children_unknown_to_the_counter_count_as_none()
    {
        var procedures = DecisionEvaluator.Evaluate(RelatedProcedures, "related_procedures", Vars.Of(("event", "転入"), ("age", 40L)));

        Assert.Equal(["国民健康保険"], Assert.IsType<IReadOnlyList<object?>>(procedures, exactMatch: false));
    }
}
