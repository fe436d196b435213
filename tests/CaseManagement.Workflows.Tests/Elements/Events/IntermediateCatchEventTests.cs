using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Elements.Events;

public sealed class IntermediateCatchEventTests
{
    private const string Messages = """<message id="m_reply" name="residentReplied"/>""";

    private static string Waiting(string definition) => $"""
        <startEvent id="s"/>
        <intermediateCatchEvent id="wait">{definition}</intermediateCatchEvent>
        <endEvent id="e"/>
        {Flow("s", "wait")}{Flow("wait", "e")}
        """;

    [Theory]
    [InlineData("PT2H", 2 * 60)]
    [InlineData("P1D", 24 * 60)]
    [InlineData("P1W", 7 * 24 * 60)]
    [InlineData("PT1H30M", 90)]
    public void A_timer_duration_schedules_a_timer_that_far_ahead(string duration, int minutes)
    {
        var instance = InstanceDriver.Start(Waiting($"<timerEventDefinition><timeDuration>{duration}</timeDuration></timerEventDefinition>"));

        var timer = Assert.Single(instance.Last.Commands.OfType<ScheduleTimer>());
        Assert.Equal(("wait", InstanceDriver.T0.AddMinutes(minutes)), (timer.ElementId, timer.DueAt));
        Assert.Equal(["wait"], instance.Events(HistoryKinds.TimerScheduled));
    }

    [Fact]
    public void A_month_duration_follows_the_calendar()
    {
        var instance = InstanceDriver.Start(Waiting("<timerEventDefinition><timeDuration>P1M</timeDuration></timerEventDefinition>"));

        Assert.Equal(InstanceDriver.T0.AddMonths(1), instance.OpenTimers.Single().DueAt);
    }

    [Fact]
    public void A_timer_date_may_come_from_a_variable()
    {
        var due = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.FromHours(9));
        var instance = InstanceDriver.Start(
            Waiting("<timerEventDefinition><timeDate>=hearingDate</timeDate></timerEventDefinition>"), Vars.Of(("hearingDate", due)));

        Assert.Equal(due, instance.OpenTimers.Single().DueAt);
    }

    [Fact]
    public void A_fired_timer_moves_the_token_on()
    {
        var instance = InstanceDriver.Start(Waiting("<timerEventDefinition><timeDuration>PT2H</timeDuration></timerEventDefinition>"));

        instance.FireTimer("wait");

        Assert.Equal(["wait"], instance.Events(HistoryKinds.TimerFired));
        Assert.Equal(InstanceStatus.Completed, instance.State.Status);
    }

    [Fact]
    public void A_duplicate_or_stale_timer_changes_nothing()
    {
        var instance = InstanceDriver.Start($"""
            <startEvent id="s"/>
            <intermediateCatchEvent id="wait"><timerEventDefinition><timeDuration>PT2H</timeDuration></timerEventDefinition></intermediateCatchEvent>
            <userTask id="t"/>
            {Flow("s", "wait")}{Flow("wait", "t")}
            """);
        var timerId = instance.OpenTimers.Single().TimerId;
        instance.FireTimer("wait");
        var afterFirst = instance.State;

        instance.Execute(new FireTimer(timerId, instance.Now));
        Assert.Empty(instance.Last.Commands);
        Assert.Empty(instance.Last.History);
        Assert.Equal(InstanceStateJson.Serialize(afterFirst), InstanceStateJson.Serialize(instance.State));

        instance.Execute(new FireTimer(Guid.NewGuid(), instance.Now));
        Assert.Empty(instance.Last.History);
    }

    [Fact]
    public void A_message_moves_the_token_on_and_brings_its_variables()
    {
        var instance = InstanceDriver.Start(Waiting("""<messageEventDefinition messageRef="m_reply"/>"""), extra: Messages);
        Assert.Equal(["wait"], instance.Events(HistoryKinds.MessageSubscribed));

        instance.Correlate("residentReplied", Vars.Of(("reply", "ありがとうございます")));

        Assert.Equal("ありがとうございます", instance.State.Variables["reply"]);
        Assert.Equal(["wait"], instance.Events(HistoryKinds.MessageCorrelated));
        Assert.Equal(InstanceStatus.Completed, instance.State.Status);
    }

    [Fact]
    public void A_message_nobody_waits_for_is_refused()
    {
        var instance = InstanceDriver.Start(Waiting("""<messageEventDefinition messageRef="m_reply"/>"""), extra: Messages);

        var error = Assert.Throws<WorkflowExecutionException>(() => instance.Correlate("somethingElse"));

        Assert.Contains("somethingElse", error.Message, StringComparison.Ordinal);
    }
}
