using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Elements.Containers;

public sealed class SubProcessTests
{
    private static string WithSubProcess(string inside, string boundary = "") => $"""
        <startEvent id="s"/>
        <subProcess id="screening">
          <startEvent id="sub_start"/>
          {inside}
        </subProcess>
        {boundary}
        <userTask id="after"/>
        {Flow("s", "screening")}{Flow("screening", "after")}
        """;

    [Fact]
    public void A_subprocess_runs_its_content_and_completes_when_its_last_token_ends()
    {
        var instance = InstanceDriver.Start(WithSubProcess($"""<userTask id="inner"/><endEvent id="sub_end"/>{Flow("sub_start", "inner")}{Flow("inner", "sub_end")}"""));
        Assert.Equal(["inner"], instance.OpenTasks.Select(t => t.ElementId));

        instance.CompleteTask("inner");

        Assert.Equal(["s", "sub_start", "inner", "sub_end", "screening"], instance.Completed);
        Assert.Equal(["after"], instance.OpenTasks.Select(t => t.ElementId));
        Assert.Equal(InstanceStatus.Active, instance.State.Status);
    }

    [Fact]
    public void Terminate_inside_a_subprocess_ends_only_the_subprocess_scope()
    {
        var instance = InstanceDriver.Start(WithSubProcess($"""
            <userTask id="a"/><userTask id="b"/><endEvent id="stop"><terminateEventDefinition/></endEvent><endEvent id="sub_end"/>
            {Flow("sub_start", "a")}{Flow("sub_start", "b")}{Flow("a", "stop")}{Flow("b", "sub_end")}
            """));
        var b = instance.OpenTask("b");

        instance.CompleteTask("a");

        Assert.Contains(new CancelUserTask(b.TaskId, "b"), instance.Last.Commands);
        Assert.DoesNotContain(instance.Last.Commands, c => c is InstanceCompleted);
        Assert.Equal(["after"], instance.OpenTasks.Select(t => t.ElementId));
        Assert.Equal(InstanceStatus.Active, instance.State.Status);
    }

    [Fact]
    public void An_interrupting_boundary_event_on_a_subprocess_cancels_everything_inside()
    {
        var instance = InstanceDriver.Start(WithSubProcess(
            $"""<userTask id="inner"/>{Flow("sub_start", "inner")}""",
            $"""
            <boundaryEvent id="deadline" attachedToRef="screening"><timerEventDefinition><timeDuration>P14D</timeDuration></timerEventDefinition></boundaryEvent>
            <userTask id="late"/>{Flow("deadline", "late")}
            """));
        var inner = instance.OpenTask("inner");

        instance.FireTimer("deadline");

        Assert.Contains(new CancelUserTask(inner.TaskId, "inner"), instance.Last.Commands);
        Assert.Equal(["inner", "screening"], instance.Events(HistoryKinds.ElementTerminated));
        Assert.Equal(["late"], instance.OpenTasks.Select(t => t.ElementId));
        Assert.DoesNotContain(instance.State.Tokens, t => t.ElementId is "screening" or "inner");
    }

    [Fact]
    public void A_boundary_timer_on_a_subprocess_is_cancelled_when_it_completes()
    {
        var instance = InstanceDriver.Start(WithSubProcess(
            $"""<userTask id="inner"/>{Flow("sub_start", "inner")}""",
            """<boundaryEvent id="deadline" attachedToRef="screening"><timerEventDefinition><timeDuration>P14D</timeDuration></timerEventDefinition></boundaryEvent>"""));

        instance.CompleteTask("inner");

        Assert.Single(instance.Last.Commands.OfType<CancelTimer>(), t => t.ElementId == "deadline");
    }
}
