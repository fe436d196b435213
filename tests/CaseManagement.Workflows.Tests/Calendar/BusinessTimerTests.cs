using CaseManagement.Workflows.Calendar;
using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Model;
using CaseManagement.Workflows.Tests.Support;
using Xunit;
using static CaseManagement.Workflows.Tests.Calendar.BusinessCalendarTests;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Calendar;

public sealed class BusinessTimerTests
{
    // 受付から8業務時間で回答がなければ督促
    private static ProcessDefinition Respond(string duration = "PT8H") => Process($"""
        <startEvent id="s"/>
        <userTask id="respond"/>
        <boundaryEvent id="overdue" attachedToRef="respond" cm:businessDuration="{duration}"><timerEventDefinition/></boundaryEvent>
        <userTask id="remind"/>
        <endEvent id="e"/><endEvent id="e2"/>
        {Flow("s", "respond")}{Flow("respond", "e")}{Flow("overdue", "remind")}{Flow("remind", "e2")}
        """);

    private static IReadOnlyList<ScheduleTimer> TimersWhenStarted(ProcessDefinition process, DateTimeOffset now, WorkflowEngine? engine = null, IReadOnlyDictionary<string, object?>? variables = null) =>
        [.. (engine ?? new WorkflowEngine()).Start(process, new StartInstance(Guid.NewGuid(), variables ?? Vars.None, now)).Commands.OfType<ScheduleTimer>()];

    [Fact]
    public void A_business_boundary_timer_started_on_Friday_afternoon_is_due_on_Monday_after_the_remaining_office_hours() =>
        Assert.Equal(("overdue", Jst(4, 6, 15, 15)), TimersWhenStarted(Respond(), Jst(4, 3, 16)).Select(t => (t.ElementId, t.DueAt)).Single());

    [Fact]
    public void A_business_boundary_timer_started_before_a_three_day_weekend_skips_it() =>
        // 2026-07-20 is 海の日, a Monday.
        Assert.Equal(Jst(7, 21, 15, 15), TimersWhenStarted(Respond(), Jst(7, 17, 16)).Single().DueAt);

    [Fact]
    public void Business_days_on_an_intermediate_timer_keep_the_clock_time()
    {
        var process = Process($"""
            <startEvent id="s"/>
            <intermediateCatchEvent id="wait"><timerEventDefinition cm:businessDuration="P2D"/></intermediateCatchEvent>
            <endEvent id="e"/>
            {Flow("s", "wait")}{Flow("wait", "e")}
            """);

        Assert.Equal(Jst(4, 7, 10), TimersWhenStarted(process, Jst(4, 3, 10)).Single().DueAt);
    }

    [Fact]
    public void The_host_chooses_the_calendar_per_instance()
    {
        var engine = new WorkflowEngine(new ByCategory());

        Assert.Equal(Jst(4, 6, 15, 15), TimersWhenStarted(Respond(), Jst(4, 3, 16), engine, Vars.Of(("category", "general"))).Single().DueAt);
        Assert.Equal(Jst(4, 4, 15, 45), TimersWhenStarted(Respond(), Jst(4, 3, 16), engine, Vars.Of(("category", "welfare"))).Single().DueAt);
    }

    [Fact]
    public void A_business_duration_may_be_computed_by_FEEL()
    {
        var urgent = Respond("=if urgent then &quot;PT1H&quot; else &quot;P1D&quot;");

        Assert.Equal(Jst(4, 6, 9, 30), TimersWhenStarted(urgent, Jst(4, 3, 17, 15), variables: Vars.Of(("urgent", true))).Single().DueAt);
        Assert.Equal(Jst(4, 7, 8, 30), TimersWhenStarted(urgent, Jst(4, 3, 17, 15), variables: Vars.Of(("urgent", false))).Single().DueAt);
    }

    [Fact]
    public void A_computed_value_that_is_not_a_business_duration_fails_naming_the_element()
    {
        var error = Assert.Throws<WorkflowExecutionException>(() => TimersWhenStarted(Respond("=&quot;P1W&quot;"), Jst(4, 3, 16)));

        Assert.Equal("overdue", error.ElementId);
    }

    [Fact]
    public void Firing_a_business_timer_takes_its_flow_like_any_timer()
    {
        var instance = InstanceDriver.Start(Respond());

        instance.FireTimer("overdue");

        Assert.Equal(["remind"], instance.OpenTasks.Select(t => t.ElementId));
    }

    /// <summary>福祉 also opens on Saturdays 9:00–17:00 (土曜窓口); everything else keeps the municipal hours.</summary>
    private sealed class ByCategory : IBusinessCalendarProvider
    {
        private static readonly BusinessCalendar Welfare = new(BusinessCalendarOptions.Municipal with
        {
            Hours = new Dictionary<DayOfWeek, OfficeHours>(BusinessCalendarOptions.Municipal.Hours)
            {
                [DayOfWeek.Saturday] = new(new TimeOnly(9, 0), new TimeOnly(17, 0)),
            },
        });

        public BusinessCalendar CalendarFor(string processId, IReadOnlyDictionary<string, object?> variables) =>
            variables.GetValueOrDefault("category") as string == "welfare" ? Welfare : BusinessCalendar.Municipal;
    }
}
