using CaseManagement.Workflows.Calendar;
using CaseManagement.Workflows.Dmn;
using CaseManagement.Workflows.Execution.Elements.Containers;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Triggers;

/// <summary>CompleteCallActivity: maps the child's variables back (cm:out) and moves the call activity's token on.
/// The host may report a child's end twice, or after the call activity was cancelled: that changes nothing.</summary>
internal static class CallActivityCompletion
{
    public static StepResult Apply(ProcessDefinition process, InstanceState state, CompleteCallActivity command, IBusinessCalendarProvider calendars, IDecisionProvider? decisions)
    {
        var waiting = state.Subscriptions.FirstOrDefault(s => s.Kind == SubscriptionKind.CallActivity && s.Id == command.ChildInstanceId);
        if (waiting is null) return new StepResult(state, [], []);
        var step = new StepContext(process, state, command.Now) { Calendars = calendars, Decisions = decisions };
        var node = (CallActivityNode)step.Node(waiting.ElementId);
        step.Subscriptions.Remove(waiting);
        step.Record(HistoryKinds.CallActivityCompleted, node, [new("childInstanceId", waiting.Id.ToString())]);
        if (node.Outputs is { } outputs) step.SetVariables(CallActivityMappings.Run(node, outputs, command.ChildVariables, "cm:out", step.Feel), node);
        var runner = new TokenRunner(step);
        runner.Complete(waiting.TokenId);
        runner.Run();
        return step.ToResult();
    }
}
