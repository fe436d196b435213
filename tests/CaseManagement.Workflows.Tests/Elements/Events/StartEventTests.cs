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

    [Fact]
    public void Timer_start_events_are_scheduled_by_the_host_and_start_the_instance_at_that_event()
    {
        // given a monthly report process (毎月の集計)
        var process = Process($"""
            <startEvent id="monthly"><timerEventDefinition><timeCycle>R/P1M</timeCycle></timerEventDefinition></startEvent>
            <userTask id="report"/>{Flow("monthly", "report")}
            """);

        // when the host asks what to schedule, twice
        var timer = Assert.Single(StartTriggers.TimerStarts(process, InstanceDriver.T0));
        Assert.Equal(timer, Assert.Single(StartTriggers.TimerStarts(process, InstanceDriver.T0)));

        // then it is due a month later, and firing it starts an instance at the timer start event
        Assert.Equal(("monthly", InstanceDriver.T0.AddMonths(1)), (timer.ElementId, timer.DueAt));
        Assert.Equal(InstanceDriver.T0.AddMonths(2), StartTriggers.NextTimerStart(process, "monthly", timer.DueAt)!.DueAt);
        var instance = InstanceDriver.Start(process, startEventId: "monthly");
        Assert.Equal(["monthly"], instance.Completed);
        Assert.Equal(["report"], instance.OpenTasks.Select(t => t.ElementId));
    }

    [Fact]
    public void A_message_start_event_is_found_by_message_name()
    {
        var process = Process(
            $"""<startEvent id="by_line"><messageEventDefinition messageRef="m"/></startEvent><userTask id="t"/>{Flow("by_line", "t")}""",
            """<message id="m" name="lineInquiry"/>""");

        Assert.Equal("by_line", StartTriggers.MessageStartEventId(process, "lineInquiry"));
        Assert.Null(StartTriggers.MessageStartEventId(process, "other"));
        Assert.Throws<WorkflowExecutionException>(() => new WorkflowEngine().Start(process, new StartInstance(Guid.NewGuid(), Vars.None, InstanceDriver.T0)));
    }
}
