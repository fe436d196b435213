using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Elements.Events;

public sealed class BoundaryEventTests
{
    // 回答期限を過ぎたら上長へエスカレーション
    private static string Respond(bool interrupting, string definition = "<timerEventDefinition><timeDuration>P3D</timeDuration></timerEventDefinition>") => $"""
        <startEvent id="s"/>
        <userTask id="respond"/>
        <boundaryEvent id="overdue" attachedToRef="respond" cancelActivity="{(interrupting ? "true" : "false")}">{definition}</boundaryEvent>
        <userTask id="escalate"/>
        <endEvent id="e"/><endEvent id="e2"/>
        {Flow("s", "respond")}{Flow("respond", "e")}{Flow("overdue", "escalate")}{Flow("escalate", "e2")}
        """;

    [Fact]
    public void A_boundary_timer_is_scheduled_when_its_task_is_created()
    {
        var instance = InstanceDriver.Start(Respond(interrupting: true));

        Assert.Equal(["respond"], instance.Last.Commands.OfType<CreateUserTask>().Select(t => t.ElementId));
        Assert.Equal(("overdue", InstanceDriver.T0.AddDays(3)), instance.OpenTimers.Select(t => (t.ElementId, t.DueAt)).Single());
    }

    [Fact]
    public void An_interrupting_boundary_timer_cancels_the_task_and_leaves_by_its_own_flow()
    {
        var instance = InstanceDriver.Start(Respond(interrupting: true));
        var respond = instance.OpenTask("respond");

        instance.FireTimer("overdue");

        Assert.Equal(new CancelUserTask(respond.TaskId, "respond"), instance.Last.Commands[0]);
        Assert.Equal("escalate", instance.Last.Commands.OfType<CreateUserTask>().Single().ElementId);
        Assert.Equal(["respond"], instance.Events(HistoryKinds.ElementTerminated));
        Assert.Equal(["escalate"], instance.OpenTasks.Select(t => t.ElementId));
    }

    [Fact]
    public void A_non_interrupting_boundary_timer_spawns_a_token_and_the_task_stays()
    {
        var instance = InstanceDriver.Start(Respond(interrupting: false));

        instance.FireTimer("overdue");

        Assert.DoesNotContain(instance.Last.Commands, c => c is CancelUserTask);
        Assert.Equal(["respond", "escalate"], instance.OpenTasks.Select(t => t.ElementId));

        instance.CompleteTask("respond");
        Assert.Equal(InstanceStatus.Active, instance.State.Status);
        instance.CompleteTask("escalate");
        Assert.Equal(InstanceStatus.Completed, instance.State.Status);
    }

    [Fact]
    public void Completing_the_task_cancels_its_boundary_timer()
    {
        var instance = InstanceDriver.Start(Respond(interrupting: true));
        var timer = instance.OpenTimers.Single();

        instance.CompleteTask("respond");

        Assert.Contains(new CancelTimer(timer.TimerId, "overdue"), instance.Last.Commands);
        Assert.Equal(["overdue"], instance.Events(HistoryKinds.TimerCancelled));

        // the host removed the trigger too late: the fire is ignored
        instance.Execute(new FireTimer(timer.TimerId, instance.Now));
        Assert.Empty(instance.Last.History);
    }

    [Fact]
    public void A_non_interrupting_cycle_fires_again_until_its_repetitions_are_used()
    {
        var instance = InstanceDriver.Start(Respond(false, "<timerEventDefinition><timeCycle>R2/P1D</timeCycle></timerEventDefinition>"));

        instance.FireTimer("overdue");
        Assert.Equal(InstanceDriver.T0.AddDays(2), instance.Last.Commands.OfType<ScheduleTimer>().Single().DueAt);
        instance.FireTimer("overdue");

        Assert.Empty(instance.Last.Commands.OfType<ScheduleTimer>());
        Assert.Equal(2, instance.OpenTasks.Count(t => t.ElementId == "escalate"));
    }

    [Fact]
    public void An_interrupting_message_boundary_event_cancels_the_task()
    {
        var instance = InstanceDriver.Start(
            Respond(true, """<messageEventDefinition messageRef="m"/>"""), extra: """<message id="m" name="caseWithdrawn"/>""");

        instance.Correlate("caseWithdrawn", Vars.Of(("reason", "解決済み")));

        Assert.IsType<CancelUserTask>(instance.Last.Commands[0]);
        Assert.Equal(["escalate"], instance.OpenTasks.Select(t => t.ElementId));
        Assert.Equal("解決済み", instance.State.Variables["reason"]);
    }

    [Fact]
    public void A_non_interrupting_message_boundary_event_keeps_the_task()
    {
        var instance = InstanceDriver.Start(
            Respond(false, """<messageEventDefinition messageRef="m"/>"""), extra: """<message id="m" name="residentWrote"/>""");

        instance.Correlate("residentWrote");

        Assert.Equal(["respond", "escalate"], instance.OpenTasks.Select(t => t.ElementId));
    }
}
