using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Elements.Gateways;

public sealed class EventBasedGatewayTests
{
    // 住民の返信を 7 日待ち、来なければ督促する
    private static readonly string AwaitReply = $"""
        <startEvent id="s"/>
        <eventBasedGateway id="await"/>
        <intermediateCatchEvent id="replied"><messageEventDefinition messageRef="m"/></intermediateCatchEvent>
        <intermediateCatchEvent id="week_passed"><timerEventDefinition><timeDuration>P7D</timeDuration></timerEventDefinition></intermediateCatchEvent>
        <userTask id="read_reply"/><userTask id="remind"/>
        {Flow("s", "await")}{Flow("await", "replied")}{Flow("await", "week_passed")}
        {Flow("replied", "read_reply")}{Flow("week_passed", "remind")}
        """;

    private const string Message = """<message id="m" name="residentReplied"/>""";

    [Fact]
    public void An_event_based_gateway_waits_for_all_its_events_at_once()
    {
        var instance = InstanceDriver.Start(AwaitReply, extra: Message);

        Assert.Equal(["replied"], instance.Events(HistoryKinds.MessageSubscribed));
        Assert.Equal("week_passed", Assert.Single(instance.Last.Commands.OfType<ScheduleTimer>()).ElementId);
        Assert.Equal(["await"], instance.State.Tokens.Select(t => t.ElementId));
    }

    [Fact]
    public void The_first_event_wins_and_the_others_are_withdrawn()
    {
        var instance = InstanceDriver.Start(AwaitReply, extra: Message);
        var timer = instance.OpenTimers.Single();

        instance.Correlate("residentReplied");

        Assert.Equal(new CancelTimer(timer.TimerId, "week_passed"), instance.Last.Commands[0]);
        Assert.Equal(["read_reply"], instance.OpenTasks.Select(t => t.ElementId));
        Assert.Equal(["s", "await", "replied"], instance.Completed);
        Assert.DoesNotContain(instance.State.Subscriptions, s => s.Kind != SubscriptionKind.UserTask);
    }

    [Fact]
    public void When_the_timer_wins_the_message_is_no_longer_awaited()
    {
        var instance = InstanceDriver.Start(AwaitReply, extra: Message);

        instance.FireTimer("week_passed");

        Assert.Equal(["remind"], instance.OpenTasks.Select(t => t.ElementId));
        Assert.Throws<WorkflowExecutionException>(() => instance.Correlate("residentReplied"));
    }
}
