using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Elements.Gateways;

public sealed class ExclusiveGatewayTests
{
    private static readonly string Triage = $"""
        <startEvent id="start"/>
        <exclusiveGateway id="triage" default="triage_normal"/>
        <endEvent id="urgent"/><endEvent id="large"/><endEvent id="normal"/>
        {Flow("start", "triage")}
        {Flow("triage", "urgent", "=priority = \"high\"")}
        {Flow("triage", "large", "amount > 100000")}
        {Flow("triage", "normal")}
        """;

    [Fact]
    public void The_first_flow_whose_condition_is_true_is_taken_in_document_order()
    {
        var instance = InstanceDriver.Start(Triage, Vars.Of(("priority", "high"), ("amount", 500000L)));

        Assert.Equal(["start_triage", "triage_urgent"], instance.Events(HistoryKinds.FlowTaken));
        Assert.Equal("urgent", instance.Completed[^1]);
    }

    [Fact]
    public void A_condition_without_leading_equals_sign_is_accepted()
    {
        var instance = InstanceDriver.Start(Triage, Vars.Of(("amount", 200000.5m)));

        Assert.Equal("large", instance.Completed[^1]);
    }

    [Fact]
    public void The_default_flow_is_taken_when_no_condition_holds()
    {
        var instance = InstanceDriver.Start(Triage, Vars.Of(("amount", 10L)));

        Assert.Equal("normal", instance.Completed[^1]);
    }

    [Fact]
    public void An_unknown_variable_is_null_so_its_comparison_is_not_true()
    {
        var instance = InstanceDriver.Start(Triage);

        Assert.Equal("normal", instance.Completed[^1]);
    }

    [Fact]
    public void Without_a_matching_flow_or_default_the_step_is_refused_naming_the_gateway()
    {
        var process = Process($"""
            <startEvent id="s"/><exclusiveGateway id="g"/><endEvent id="a"/><endEvent id="b"/>
            {Flow("s", "g")}{Flow("g", "a", "x = 1")}{Flow("g", "b", "x = 2")}
            """);

        var error = Assert.Throws<WorkflowExecutionException>(() =>
            new WorkflowEngine().Start(process, new StartInstance(Guid.NewGuid(), Vars.Of(("x", 3L)), InstanceDriver.T0)));

        Assert.Equal("g", error.ElementId);
    }
}
