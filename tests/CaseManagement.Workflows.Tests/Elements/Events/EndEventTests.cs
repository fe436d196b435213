using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Elements.Events;

public sealed class EndEventTests
{
    [Fact]
    public void The_instance_completes_when_its_last_token_reaches_an_end_event()
    {
        var instance = InstanceDriver.Start($"""<startEvent id="s"/><endEvent id="e"/>{Flow("s", "e")}""");

        Assert.Equal(new InstanceCompleted("e", false), Assert.Single(instance.Last.Commands));
        Assert.Equal(InstanceStatus.Completed, instance.State.Status);
        Assert.Equal(HistoryKinds.InstanceCompleted, instance.History[^1].Kind);
    }

    [Fact]
    public void An_end_event_ends_only_its_own_token_while_others_still_wait()
    {
        var instance = InstanceDriver.Start($"""
            <startEvent id="s"/><endEvent id="e"/><userTask id="t"/>
            {Flow("s", "e")}{Flow("s", "t")}
            """);

        Assert.Equal(InstanceStatus.Active, instance.State.Status);
        Assert.DoesNotContain(instance.Commands, c => c is InstanceCompleted);

        instance.CompleteTask("t");

        Assert.Equal(new InstanceCompleted("t", false), instance.Commands.OfType<InstanceCompleted>().Single());
    }

    [Fact]
    public void A_command_for_a_completed_instance_is_refused()
    {
        var instance = InstanceDriver.Start($"""<startEvent id="s"/><endEvent id="e"/>{Flow("s", "e")}""");

        Assert.Throws<WorkflowExecutionException>(() => instance.Correlate("anything"));
    }

    [Fact]
    public void A_terminate_end_event_ends_every_other_token_and_cancels_their_tasks()
    {
        // given two parallel tasks, one of which leads to a terminate end event
        var instance = InstanceDriver.Start($"""
            <startEvent id="s"/><userTask id="withdraw"/><userTask id="review"/>
            <endEvent id="withdrawn"><terminateEventDefinition/></endEvent><endEvent id="done"/>
            {Flow("s", "withdraw")}{Flow("s", "review")}{Flow("withdraw", "withdrawn")}{Flow("review", "done")}
            """);
        var review = instance.OpenTask("review");

        // when the resident withdraws (取下げ)
        instance.CompleteTask("withdraw");

        // then the review is cancelled and the instance ends as terminated
        Assert.Equal([new CancelUserTask(review.TaskId, "review"), new InstanceCompleted("withdrawn", true)], instance.Last.Commands);
        Assert.Equal(InstanceStatus.Terminated, instance.State.Status);
        Assert.Equal(["review"], instance.Events(HistoryKinds.ElementTerminated));
        Assert.Equal(["review"], instance.Events(HistoryKinds.TaskCancelled));
        Assert.Empty(instance.State.Subscriptions);
    }
}
