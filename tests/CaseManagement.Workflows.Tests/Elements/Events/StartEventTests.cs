using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Elements.Events;

public sealed class StartEventTests
{
    [Fact]
    public void Starting_records_the_start_the_variables_and_the_first_flow()
    {
        var instance = InstanceDriver.Start($"""<startEvent id="s"/><userTask id="t"/>{Flow("s", "t")}""", Vars.Of(("category", "tax")));

        Assert.Equal(
            [HistoryKinds.InstanceStarted, HistoryKinds.VariableSet, HistoryKinds.ElementActivated, HistoryKinds.ElementCompleted,
             HistoryKinds.FlowTaken, HistoryKinds.ElementActivated, HistoryKinds.TaskCreated],
            instance.History.Select(h => h.Kind));
        Assert.Equal(InstanceStatus.Active, instance.State.Status);
        Assert.Equal("tax", instance.State.Variables["category"]);
    }

    [Fact]
    public void A_start_event_with_several_outgoing_flows_starts_a_token_on_each()
    {
        var instance = InstanceDriver.Start($"""<startEvent id="s"/><userTask id="a"/><userTask id="b"/>{Flow("s", "a")}{Flow("s", "b")}""");

        Assert.Equal(["a", "b"], instance.OpenTasks.Select(t => t.ElementId));
        Assert.Equal(2, instance.State.Tokens.Count);
    }

    [Fact]
    public void Ids_handed_out_are_the_same_when_the_same_command_is_replayed()
    {
        var process = Process($"""<startEvent id="s"/><userTask id="t"/>{Flow("s", "t")}""");
        var command = new StartInstance(Guid.NewGuid(), Vars.None, InstanceDriver.T0);

        var first = new WorkflowEngine().Start(process, command);
        var second = new WorkflowEngine().Start(process, command);

        Assert.Equal(first.Commands, second.Commands);
    }
}
