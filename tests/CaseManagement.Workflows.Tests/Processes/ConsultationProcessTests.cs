using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Model;
using CaseManagement.Workflows.Tests.Support;
using Xunit;

namespace CaseManagement.Workflows.Tests.Processes;

/// <summary>Scenarios of the shipped workflows/consultation.bpmn (オンライン相談).</summary>
public sealed class ConsultationProcessTests
{
    private static readonly ProcessDefinition Consultation = ProcessRun.Shipped("consultation.bpmn");

    private static DateTimeOffset Jst(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(9));

    private static ProcessRun Received(DateTimeOffset at, string category = "child") =>
        ProcessRun.Start(Consultation, at, Vars.Of(("category", category)));

    [Fact]
    public void A_received_consultation_is_assigned_to_its_category_and_waits_for_a_first_response()
    {
        // given a consultation about child care on a Wednesday morning
        var run = Received(Jst(4, 8, 10));

        // then the host is asked to assign it, and a 相談対応 task waits in the category's queue
        var assign = Assert.Single(run.Services("assign"));
        Assert.Equal(("assign_counselor", "child"), (assign.ElementId, assign.Inputs["queue"]));
        var respond = run.OpenTask("respond");
        Assert.Equal(("相談対応", "child"), (respond.Name, respond.Queue));
        Assert.Equal(["reception", "assign_counselor"], run.Completed);
        // and the SLA is 4 office hours, the reminder 3 calendar days
        Assert.Equal(
            [("sla_exceeded", Jst(4, 8, 14)), ("idle_reminder", Jst(4, 11, 10))],
            run.OpenTimers.Select(t => (t.ElementId, t.DueAt)).OrderBy(t => t.DueAt));
    }

    [Fact]
    public void A_consultation_received_on_Friday_afternoon_is_escalated_after_four_office_hours_on_Monday()
    {
        // given a consultation received on Friday at 16:00 (1h15 of office time left that day)
        var run = Received(Jst(4, 3, 16));
        var respond = run.OpenTask("respond");
        var reminder = run.OpenTimer("idle_reminder");

        // then the SLA counts the remaining 2h45 from Monday's opening at 8:30
        Assert.Equal(Jst(4, 6, 11, 15), run.OpenTimer("sla_exceeded").DueAt);

        // when nobody has answered by then
        run.FireTimer("sla_exceeded");

        // then 相談対応 is cancelled with its reminder, and the category's supervisors get the case
        Assert.Contains(new CancelUserTask(respond.TaskId, "respond"), run.Last.Commands);
        Assert.Contains(new CancelTimer(reminder.TimerId, "idle_reminder"), run.Last.Commands);
        var escalated = Assert.Single(run.OpenTasks);
        Assert.Equal(("escalated", "エスカレーション対応", "supervisors:child"), (escalated.ElementId, escalated.Name, escalated.Queue));
        Assert.Equal(["respond"], run.Events(HistoryKinds.ElementTerminated));
        Assert.Empty(run.OpenTimers);

        // when the supervisor answers and nothing more is needed
        run.After(TimeSpan.FromMinutes(30)).CompleteTask("escalated", Vars.Of(("followUp", false)));

        // then the consultation is closed through 終了確認
        Assert.Equal(new InstanceCompleted("closed", false), run.Last.Commands[^1]);
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Equal(["flow_to_assign", "flow_to_respond", "flow_to_escalated", "flow_escalated_to_check", "flow_to_end"], run.Events(HistoryKinds.FlowTaken));
    }

    [Fact]
    public void An_escalated_consultation_that_needs_a_follow_up_goes_back_to_the_counselors_with_a_new_SLA()
    {
        var run = Received(Jst(4, 8, 10));
        run.FireTimer("sla_exceeded");

        run.After(TimeSpan.FromMinutes(15)).CompleteTask("escalated", Vars.Of(("followUp", true)));

        var respond = Assert.Single(run.Last.Commands.OfType<CreateUserTask>());
        Assert.Equal(("respond", "child"), (respond.ElementId, respond.Queue));
        // escalated at 14:00, answered at 14:15: 3 office hours left that day, the fourth ends at 9:30 next morning
        Assert.Equal(Jst(4, 9, 9, 30), run.OpenTimer("sla_exceeded").DueAt);
        Assert.Equal(["escalated", "needs_follow_up"], run.Completed.TakeLast(2));
    }

    [Fact]
    public void The_idle_reminder_does_not_interrupt_the_consultation_and_is_sent_during_Golden_Week()
    {
        // given a consultation received on Friday 1 May at 16:00, before the Golden Week holidays (3–6 May)
        var run = Received(Jst(5, 1, 16), "maternity");
        Assert.Equal(Jst(5, 4, 16), run.OpenTimer("idle_reminder").DueAt);
        Assert.Equal(Jst(5, 7, 11, 15), run.OpenTimer("sla_exceeded").DueAt);

        // when the reminder is due (3 calendar days later, holidays or not)
        run.FireTimer("idle_reminder");

        // then a reminder is sent, and the task and its SLA stay
        var notify = Assert.Single(run.Services("notify"));
        Assert.Equal(("remind_idle", "idle-case-reminder"), (notify.ElementId, notify.Inputs["template"]));
        Assert.DoesNotContain(run.Last.Commands, c => c is CancelUserTask or CancelTimer);
        Assert.Equal(["respond"], run.OpenTasks.Select(t => t.ElementId));
        Assert.Equal(["sla_exceeded"], run.OpenTimers.Select(t => t.ElementId));
        Assert.Contains("reminder_sent", run.Completed);
        Assert.Equal(InstanceStatus.Active, run.State.Status);

        // when the counselor answers on the first business day after the holidays
        run.After(TimeSpan.FromDays(2.75)).CompleteTask("respond", Vars.Of(("followUp", false)));

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Equal(new InstanceCompleted("closed", false), run.Last.Commands[^1]);
    }

    [Fact]
    public void Answering_in_time_cancels_both_timers()
    {
        var run = Received(Jst(4, 8, 10));
        var timers = run.OpenTimers.ToList();

        run.After(TimeSpan.FromHours(1)).CompleteTask("respond", Vars.Of(("followUp", false)));

        Assert.Equal(
            timers.Select(t => new CancelTimer(t.TimerId, t.ElementId)).OrderBy(t => t.ElementId),
            run.Last.Commands.OfType<CancelTimer>().OrderBy(t => t.ElementId));
        Assert.Equal(["idle_reminder", "sla_exceeded"], run.Events(HistoryKinds.TimerCancelled).Order());
        Assert.Empty(run.State.Subscriptions);
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void A_follow_up_loops_back_to_a_new_consultation_task_with_fresh_timers_and_then_closes()
    {
        var run = Received(Jst(4, 8, 10));
        var first = run.OpenTask("respond");

        run.After(TimeSpan.FromHours(1)).CompleteTask("respond", Vars.Of(("followUp", true)));

        var second = run.OpenTask("respond");
        Assert.NotEqual(first.TaskId, second.TaskId);
        Assert.Equal(["idle_reminder", "sla_exceeded"], run.OpenTimers.Select(t => t.ElementId).Order());
        // the new task counts its own 4 office hours from the follow-up at 11:00
        Assert.Equal(Jst(4, 8, 15), run.OpenTimer("sla_exceeded").DueAt);

        run.After(TimeSpan.FromHours(1)).CompleteTask("respond", Vars.Of(("followUp", false)));

        Assert.Equal(
            ["reception", "assign_counselor", "respond", "needs_follow_up", "respond", "needs_follow_up", "closed"],
            run.Completed);
        Assert.Equal(["flow_to_assign", "flow_to_respond", "flow_to_check", "flow_follow_up", "flow_to_check", "flow_to_end"], run.Events(HistoryKinds.FlowTaken));
        Assert.Empty(run.State.Tokens);
        Assert.Empty(run.State.Subscriptions);
    }
}
