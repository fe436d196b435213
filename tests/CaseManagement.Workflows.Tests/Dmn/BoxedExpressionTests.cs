using CaseManagement.Workflows.Dmn;
using CaseManagement.Workflows.Feel;
using Xunit;
using static CaseManagement.Workflows.Tests.Dmn.TestDmn;

namespace CaseManagement.Workflows.Tests.Dmn;

/// <summary>Boxed contexts and lists (DMN 1.3 §10.2.1), holding literal expressions, decision tables and each other.</summary>
public sealed class BoxedExpressionTests
{
    private static string Entry(string name, string text) =>
        $"""<contextEntry><variable name="{name}"/><literalExpression><text>{text}</text></literalExpression></contextEntry>""";

    private static string Result(string text) =>
        $"""<contextEntry><literalExpression><text>{text}</text></literalExpression></contextEntry>""";

    [Fact]
    public void A_context_decision_is_the_context_of_its_entries_each_seeing_the_ones_before()
    {
        var body = $"""<decision id="d" name="d"><context>{Entry("unit price", "300")}{Entry("total", "unit price * copies")}</context></decision>""";

        var result = Assert.IsType<Dictionary<string, object?>>(Evaluate(body, ("copies", 3)));

        Assert.Equal((300L, 900L), (result["unit price"], result["total"]));
    }

    [Fact]
    public void A_final_entry_without_a_name_is_the_result()
    {
        var body = $"""<decision id="d" name="d"><context>{Entry("base", "1200")}{Entry("discount", "if secondChild then 0.5 else 1")}{Result("base * discount")}</context></decision>""";

        Assert.Equal(600.0m, Evaluate(body, ("secondChild", true)));
    }

    [Fact]
    public void Contexts_nest_and_hold_decision_tables_and_lists()
    {
        var body = """
            <decision id="d" name="d"><context>
              <contextEntry><variable name="applicant"/><context>
                <contextEntry><variable name="age"/><literalExpression><text>years and months duration(birth, date("2026-04-01")).years</text></literalExpression></contextEntry>
              </context></contextEntry>
              <contextEntry><variable name="band"/><decisionTable hitPolicy="FIRST">
                <input><inputExpression><text>applicant.age</text></inputExpression></input>
                <output name="band"/>
                <rule><inputEntry><text>&lt; 3</text></inputEntry><outputEntry><text>"0-2"</text></outputEntry></rule>
                <rule><inputEntry><text>-</text></inputEntry><outputEntry><text>"3-5"</text></outputEntry></rule>
              </decisionTable></contextEntry>
              <contextEntry><variable name="documents"/><list>
                <literalExpression><text>"申請書"</text></literalExpression>
                <literalExpression><text>if band = "0-2" then "母子手帳" else null</text></literalExpression>
              </list></contextEntry>
            </context></decision>
            """;

        var result = Assert.IsType<Dictionary<string, object?>>(Evaluate(body, ("birth", new DateOnly(2024, 6, 1))));

        Assert.Equal(1L, Assert.IsType<Dictionary<string, object?>>(result["applicant"])["age"]);
        Assert.Equal("0-2", result["band"]);
        Assert.Equal(["申請書", "母子手帳"], Assert.IsAssignableFrom<IEnumerable<object?>>(result["documents"]));
    }

    [Fact]
    public void A_decision_requiring_a_context_decision_reads_its_entries_by_path()
    {
        var body = $"""
            <decision id="fees" name="fees"><context>{Entry("copy", "300")}{Entry("certificate", "450")}</context></decision>
            <decision id="d" name="d"><informationRequirement><requiredDecision href="#fees"/></informationRequirement>
              <literalExpression><text>fees.copy * 2 + fees.certificate</text></literalExpression></decision>
            """;

        Assert.Equal(1050L, Evaluate(body));
    }

    [Fact]
    public void A_failing_entry_names_the_decision_the_entry_and_the_expression()
    {
        var body = $"""<decision id="d" name="d"><context>{Entry("n", "1")}{Entry("all", "for i in 1..1000000000 return i")}</context></decision>""";

        var error = Assert.Throws<DmnEvaluationException>(() => Evaluate(body));

        Assert.Contains("decision 'd': context entry 'all' failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("(expression: for i in 1..1000000000 return i)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_last_entry_may_be_unnamed()
    {
        var body = $"""<decision id="d" name="d"><context>{Result("1")}{Entry("x", "2")}</context></decision>""";

        var error = Assert.Throws<DmnImportException>(() => Read(body)).Errors.Single();

        Assert.Contains("only the last context entry may have no variable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_feel_inside_a_context_is_refused_at_import_naming_the_element()
    {
        var body = $"""<decision id="d" name="d"><context>{Entry("x", "1 +")}</context></decision>""";

        var error = Assert.Throws<DmnImportException>(() => Read(body)).Errors.Single();

        Assert.Equal("literalExpression", error.ElementType);
        Assert.Contains("(text: 1 +)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_boxed_expression_inside_a_context_is_refused_naming_it()
    {
        var body = """<decision id="d" name="d"><context><contextEntry><variable name="x"/><invocation/></contextEntry></context></decision>""";

        var error = Assert.Throws<DmnImportException>(() => Read(body)).Errors.Single();

        Assert.Equal(("d", "decision"), (error.ElementId, error.ElementType));
        Assert.Contains("'invocation' decision logic is not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_in_a_decision_is_the_clock_the_caller_gives()
    {
        var definitions = Read("""<decision id="d" name="d"><literalExpression><text>today() - date(applied) &lt;= duration("P14D")</text></literalExpression></decision>""");
        var variables = new Dictionary<string, object?> { ["applied"] = new DateOnly(2026, 4, 1) };

        Assert.Equal(true, DecisionEvaluator.Evaluate(definitions, "d", variables, new FeelEnvironment { Now = new DateTimeOffset(2026, 4, 15, 12, 0, 0, TimeSpan.Zero) }));
        Assert.Equal(false, DecisionEvaluator.Evaluate(definitions, "d", variables, new FeelEnvironment { Now = new DateTimeOffset(2026, 4, 16, 12, 0, 0, TimeSpan.Zero) }));
    }
}
