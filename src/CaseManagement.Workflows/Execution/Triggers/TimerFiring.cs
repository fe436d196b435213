using CaseManagement.Workflows.Calendar;
using CaseManagement.Workflows.Dmn;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Triggers;

/// <summary>FireTimer. Timers fire at least once, so a duplicate or stale one (already fired or cancelled)
/// changes nothing and returns an empty result.</summary>
internal static class TimerFiring
{
    public static StepResult Apply(ProcessDefinition process, InstanceState state, FireTimer command, IBusinessCalendarProvider calendars, IDecisionProvider? decisions)
    {
        var timer = state.Subscriptions.FirstOrDefault(s => s.Kind == SubscriptionKind.Timer && s.Id == command.TimerId);
        if (timer is null) return new StepResult(state, [], []);
        var step = new StepContext(process, state, command.Now) { Calendars = calendars, Decisions = decisions };
        var node = step.Node(timer.ElementId);
        step.Subscriptions.Remove(timer);
        step.Record(HistoryKinds.TimerFired, node, [new("timerId", timer.Id.ToString())]);
        var runner = new TokenRunner(step);
        // A non-interrupting cycle (a reminder every day) keeps its activity and fires again.
        if (node is BoundaryEventNode { CancelActivity: false, Trigger: TimerTrigger { Kind: TimerKind.Cycle } cycle }
            && timer.RemainingRepetitions is { } remaining and not 0)
        {
            var next = TimerSchedule.Next(step, node, cycle, timer.DueAt ?? command.Now);
            runner.Subscriptions.ScheduleTimer(node, timer.TokenId, next, remaining < 0 ? -1 : remaining - 1);
        }
        EventOccurrence.Happen(step, runner, timer);
        return step.ToResult();
    }
}
