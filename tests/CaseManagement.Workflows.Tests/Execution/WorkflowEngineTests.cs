using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Execution;

public sealed class WorkflowEngineTests
{
    [Fact]
    public void A_command_that_fails_half_way_leaves_the_given_state_as_it_was()
    {
        // given a task followed by a gateway that will find no way out
        var instance = InstanceDriver.Start($"""
            <startEvent id="s"/><userTask id="t"/><exclusiveGateway id="g"/><endEvent id="a"/><endEvent id="b"/>
            {Flow("s", "t")}{Flow("t", "g")}{Flow("g", "a", "x = 1")}{Flow("g", "b", "x = 2")}
            """);
        var before = InstanceStateJson.Serialize(instance.State);

        // when
        Assert.Throws<WorkflowExecutionException>(() => instance.CompleteTask("t", Vars.Of(("x", 3L))));

        // then the task is still open and the variables untouched
        Assert.Equal(before, InstanceStateJson.Serialize(instance.State));
        instance.CompleteTask("t", Vars.Of(("x", 2L)));
        Assert.Equal(InstanceStatus.Completed, instance.State.Status);
    }

    [Fact]
    public void A_loop_without_any_wait_state_is_stopped()
    {
        var process = Process($"""
            <startEvent id="s"/><exclusiveGateway id="g"/><scriptTask id="inc" cm:script="n := n + 1"/>
            {Flow("s", "g")}{Flow("g", "inc")}{Flow("inc", "g")}
            """);

        var error = Assert.Throws<WorkflowExecutionException>(() =>
            new WorkflowEngine().Start(process, new StartInstance(Guid.NewGuid(), Vars.Of(("n", 0L)), InstanceDriver.T0)));

        Assert.Contains("loop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_of_another_process_is_refused()
    {
        var instance = InstanceDriver.Start($"""<startEvent id="s"/><userTask id="t"/>{Flow("s", "t")}""");
        var other = Process($"""<startEvent id="s"/><userTask id="t"/>{Flow("s", "t")}""") is var p ? new Model.ProcessDefinition { Id = "other", Nodes = p.Nodes } : null;

        Assert.Throws<WorkflowExecutionException>(() => new WorkflowEngine().Execute(other!, instance.State, new FireTimer(Guid.NewGuid(), instance.Now)));
    }

    [Fact]
    public void History_events_carry_the_command_time_and_json_data()
    {
        var instance = InstanceDriver.Start($"""<startEvent id="s"/><userTask id="t"/>{Flow("s", "t")}""", Vars.Of(("amount", 1.5m)));

        Assert.All(instance.History, h => Assert.Equal(InstanceDriver.T0, h.At));
        var variable = instance.History.Single(h => h.Kind == HistoryKinds.VariableSet);
        Assert.Equal("""{"name":"amount","value":{"$decimal":"1.5"}}""", variable.Data);
        var flow = instance.History.Single(h => h.Kind == HistoryKinds.FlowTaken);
        Assert.Equal(("s_t", "sequenceFlow"), (flow.ElementId, flow.ElementType));
    }
}
