using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Dmn;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Model;
using CaseManagement.Workflows.Tests.Dmn;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Elements.Tasks;

public sealed class BusinessRuleTaskTests
{
    private static readonly DmnDocuments Documents = new(new Dictionary<string, DmnDefinitions>
    {
        ["childcare-2026"] = DmnReader.Read(TestDmn.Fixture("childcare-fee.dmn")),
    });

    private static readonly ProcessDefinition FeeProcess = Process($"""
        <startEvent id="s"/>
        <businessRuleTask id="fee" cm:decision="monthlyFee" cm:decisionRef="childcare-2026" cm:resultVariable="monthlyFee"/>
        <userTask id="notice"/>
        {Flow("s", "fee")}{Flow("fee", "notice")}
        """);

    [Fact]
    public void The_decision_result_is_stored_in_the_result_variable_and_the_token_moves_on()
    {
        var result = Start(new WorkflowEngine(Documents), FeeProcess, ("Tax Bracket", 2), ("ageClass", "0-2"), ("secondChild", false));

        Assert.Equal(18000L, result.State.Variables["monthlyFee"]);
        Assert.Contains(result.History, h => h.Kind == HistoryKinds.VariableSet && h.ElementId == "fee");
        Assert.Contains(result.History, h => h.Kind == HistoryKinds.ElementCompleted && h.ElementId == "fee");
    }

    [Fact]
    public void Without_a_decision_ref_the_host_finds_the_document_holding_the_decision()
    {
        var process = Process($"""<startEvent id="s"/><businessRuleTask id="fee" cm:decision="baseFee" cm:resultVariable="base"/><userTask id="t"/>{Flow("s", "fee")}{Flow("fee", "t")}""");

        var result = Start(new WorkflowEngine(Documents), process, ("Tax Bracket", 0), ("ageClass", "3-5"));

        Assert.Equal(0L, result.State.Variables["base"]);
    }

    [Fact]
    public void A_decision_the_host_does_not_have_fails_naming_the_task_and_the_reference()
    {
        var process = Process($"""<startEvent id="s"/><businessRuleTask id="fee" cm:decision="fee" cm:decisionRef="fees-1999" cm:resultVariable="r"/>{Flow("s", "fee")}""");

        var error = Assert.Throws<WorkflowExecutionException>(() => Start(new WorkflowEngine(Documents), process));

        Assert.Equal("fee", error.ElementId);
        Assert.Contains("'fees-1999'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_engine_without_a_decision_provider_refuses_to_guess()
    {
        var error = Assert.Throws<WorkflowExecutionException>(() => Start(new WorkflowEngine(), FeeProcess));

        Assert.Contains("IDecisionProvider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hit_policy_violation_fails_the_command_naming_the_task_and_the_decision()
    {
        var documents = new DmnDocuments(new Dictionary<string, DmnDefinitions>
        {
            ["r"] = TestDmn.Read(TestDmn.Table("""hitPolicy="UNIQUE" """, ["age"], ["x"], ">= 0 | 1", ">= 10 | 2")),
        });
        var process = Process($"""<startEvent id="s"/><businessRuleTask id="rt" cm:decision="d" cm:decisionRef="r" cm:resultVariable="x"/>{Flow("s", "rt")}""");

        var error = Assert.Throws<WorkflowExecutionException>(() => Start(new WorkflowEngine(documents), process, ("age", 20)));

        Assert.Equal("rt", error.ElementId);
        Assert.Contains("decision 'd'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_business_rule_task_without_decision_or_result_variable_is_refused_at_import()
    {
        var errors = Assert.Throws<BpmnImportException>(() => Process($"""<startEvent id="s"/><businessRuleTask id="rt" cm:decision="d"/>{Flow("s", "rt")}""")).Errors;

        Assert.Contains(errors, e => e.ElementId == "rt" && e.Message.Contains("cm:resultVariable", StringComparison.Ordinal));
    }

    private static StepResult Start(WorkflowEngine engine, ProcessDefinition process, params (string Name, object? Value)[] variables) =>
        engine.Start(process, new StartInstance(Guid.NewGuid(), variables.ToDictionary(v => v.Name, v => v.Value), DateTimeOffset.UnixEpoch));
}
