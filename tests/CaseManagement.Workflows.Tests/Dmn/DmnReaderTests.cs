using CaseManagement.Workflows.Dmn;
using Xunit;
using static CaseManagement.Workflows.Tests.Dmn.TestDmn;

namespace CaseManagement.Workflows.Tests.Dmn;

public sealed class DmnReaderTests
{
    [Fact]
    public void A_dmn_js_document_is_read_into_decisions_columns_rules_and_requirements()
    {
        var definitions = DmnReader.Read(Fixture("childcare-fee.dmn"));

        var baseFee = definitions.FindDecision("baseFee")!;
        var table = Assert.IsType<DecisionTable>(baseFee.Logic);
        Assert.Equal(("Base Fee", HitPolicy.Unique), (baseFee.Name, table.HitPolicy));
        Assert.Equal(["Tax Bracket", "ageClass"], table.Inputs.Select(i => i.Expression));
        Assert.Equal("fee", table.Outputs.Single().Name);
        Assert.Equal(["r_exempt", "r_infant", "r_older"], table.Rules.Select(r => r.Id));
        Assert.Equal(["[1..4]", "\"0-2\""], table.Rules[1].InputEntries);
        Assert.Equal(["baseFee"], definitions.FindDecision("monthlyFee")!.RequiredDecisionIds);
        Assert.Equal(["Tax Bracket", "ageClass"], definitions.InputData.Select(i => i.Name));
    }

    [Theory]
    [InlineData("http://www.omg.org/spec/DMN/20151101/dmn.xsd")]
    [InlineData("http://www.omg.org/spec/DMN/20180521/MODEL/")]
    [InlineData("https://www.omg.org/spec/DMN/20230324/MODEL/")]
    public void The_DMN_1_1_1_2_and_1_5_namespaces_are_read_as_well(string ns)
    {
        var definitions = DmnReader.Read(Document("""<decision id="d" name="d"><literalExpression><text>1 + 1</text></literalExpression></decision>""", ns));

        Assert.IsType<LiteralExpression>(definitions.Decisions.Single().Logic);
    }

    [Theory]
    [InlineData("xxe-external-entity.dmn")]
    [InlineData("billion-laughs.dmn")]
    public void A_document_with_a_DTD_is_refused_before_any_entity_is_read(string fixture)
    {
        var error = Assert.Throws<DmnImportException>(() => DmnReader.Read(Fixture(fixture))).Errors.Single();

        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_XML_is_refused_with_its_line()
    {
        var error = Assert.Throws<DmnImportException>(() => DmnReader.Read("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\">\n<decision>\n</definitions>")).Errors.Single();

        Assert.Equal((3, "xml"), (error.Line, error.ElementType));
    }

    [Fact]
    public void A_BPMN_document_is_not_taken_for_DMN()
    {
        var error = Assert.Throws<DmnImportException>(() => DmnReader.Read("""<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"/>""")).Errors.Single();

        Assert.Contains("DMN definitions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_entry_that_is_not_FEEL_is_refused_naming_the_cell_and_its_line()
    {
        var xml = Document("""
            <decision id="d" name="d"><decisionTable>
              <input><inputExpression><text>age</text></inputExpression></input>
              <output name="x"/>
              <rule id="r1"><inputEntry id="cell_1"><text>&gt;= = 3</text></inputEntry><outputEntry><text>1</text></outputEntry></rule>
            </decisionTable></decision>
            """);

        var error = Assert.Throws<DmnImportException>(() => DmnReader.Read(xml)).Errors.Single();

        Assert.Equal(("cell_1", "inputEntry", 6), (error.ElementId, error.ElementType, error.Line));
    }

    [Fact]
    public void Every_problem_of_a_document_is_reported_at_once()
    {
        var xml = Document("""
            <decision id="a" name="a"><informationRequirement><requiredDecision href="#b"/></informationRequirement>
              <literalExpression><text>b</text></literalExpression></decision>
            <decision id="b" name="b"><informationRequirement><requiredDecision href="#a"/></informationRequirement>
              <literalExpression><text>a</text></literalExpression></decision>
            <decision id="c" name="c"><informationRequirement><requiredInput href="#missing"/></informationRequirement>
              <invocation/></decision>
            <decision id="e" name="e"><decisionTable hitPolicy="SOMETIMES"><output name="x"/></decisionTable></decision>
            <decision id="f" name="f"><knowledgeRequirement><requiredKnowledge href="#bkm"/></knowledgeRequirement>
              <literalExpression><text>bkm(1)</text></literalExpression></decision>
            """);

        var errors = Assert.Throws<DmnImportException>(() => DmnReader.Read(xml)).Errors;

        Assert.Contains(errors, e => e.ElementId == "a" && e.Message.Contains("circular requirement: a -> b -> a", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ElementId == "c" && e.Message.Contains("requiredInput 'missing'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ElementId == "c" && e.Message.Contains("'invocation' decision logic is not supported", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ElementType == "decisionTable" && e.Message.Contains("SOMETIMES", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ElementId == "f" && e.Message.Contains("requiredKnowledge 'bkm' is not in the document", StringComparison.Ordinal));
    }

    [Fact]
    public void Business_knowledge_models_that_call_each_other_in_a_circle_are_refused()
    {
        var xml = Document("""
            <businessKnowledgeModel id="x" name="x"><knowledgeRequirement><requiredKnowledge href="#y"/></knowledgeRequirement>
              <encapsulatedLogic><literalExpression><text>y()</text></literalExpression></encapsulatedLogic></businessKnowledgeModel>
            <businessKnowledgeModel id="y" name="y"><knowledgeRequirement><requiredKnowledge href="#x"/></knowledgeRequirement>
              <encapsulatedLogic><literalExpression><text>x()</text></literalExpression></encapsulatedLogic></businessKnowledgeModel>
            """);

        var error = Assert.Throws<DmnImportException>(() => DmnReader.Read(xml)).Errors.Single();

        Assert.Equal(("x", "businessKnowledgeModel"), (error.ElementId, error.ElementType));
        Assert.Contains("circular requirement: x -> y -> x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multi_output_table_needs_a_name_on_every_output()
    {
        var errors = Assert.Throws<DmnImportException>(() => Read(Table("", ["a"], ["x", ""], "- | 1; 2"))).Errors;

        Assert.Contains(errors, e => e.ElementType == "decisionTable" && e.Message.Contains("needs a name", StringComparison.Ordinal));
    }
}
