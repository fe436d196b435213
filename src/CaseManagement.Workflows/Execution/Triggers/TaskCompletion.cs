using CaseManagement.Workflows.Calendar;
using CaseManagement.Workflows.Dmn;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Triggers;

/// <summary>CompleteUserTask: merges the task's variables and moves its token on.</summary>
internal static class TaskCompletion
{
    public static StepResult Apply(ProcessDefinition process, InstanceState state, CompleteUserTask command, IBusinessCalendarProvider calendars, IDecisionProvider? decisions)
    {
        var step = new StepContext(process, state, command.Now) { Calendars = calendars, Decisions = decisions };
        var task = step.Subscriptions.Find(s => s.Kind == SubscriptionKind.UserTask && s.Id == command.TaskId)
            ?? throw new WorkflowExecutionException(null, $"Task {command.TaskId} is not open in instance {state.InstanceId} (unknown, already completed or cancelled)");
        var node = step.Node(task.ElementId);
        step.Subscriptions.Remove(task);
        step.SetVariables(command.Variables, node);
        step.Record(HistoryKinds.TaskCompleted, node, [new("taskId", task.Id.ToString())]);
        var runner = new TokenRunner(step);
        runner.Complete(task.TokenId);
        runner.Run();
        return step.ToResult();
    }
}
