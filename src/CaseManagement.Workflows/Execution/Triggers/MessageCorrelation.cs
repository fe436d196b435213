using CaseManagement.Workflows.Calendar;
using CaseManagement.Workflows.Dmn;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Triggers;

/// <summary>CorrelateMessage: the oldest subscription to the message's name receives it, with its variables.</summary>
internal static class MessageCorrelation
{
    public static StepResult Apply(ProcessDefinition process, InstanceState state, CorrelateMessage command, IBusinessCalendarProvider calendars, IDecisionProvider? decisions)
    {
        var step = new StepContext(process, state, command.Now) { Calendars = calendars, Decisions = decisions };
        var subscription = step.Subscriptions.Find(s => s.Kind == SubscriptionKind.Message && s.MessageName == command.MessageName)
            ?? throw new WorkflowExecutionException(null, $"Nothing in instance {state.InstanceId} waits for message '{command.MessageName}'");
        var node = step.Node(subscription.ElementId);
        step.Subscriptions.Remove(subscription);
        step.Record(HistoryKinds.MessageCorrelated, node, [new("message", command.MessageName)]);
        step.SetVariables(command.Variables, node);
        EventOccurrence.Happen(step, new TokenRunner(step), subscription);
        return step.ToResult();
    }
}
