using CaseManagement.Workflows.Calendar;
using CaseManagement.Workflows.Dmn;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Triggers;

/// <summary>Creates an instance, sets its variables and runs it from the chosen start event.</summary>
internal static class InstanceStarter
{
    public static StepResult Start(ProcessDefinition process, StartInstance command, IBusinessCalendarProvider calendars, IDecisionProvider? decisions)
    {
        var state = new InstanceState
        {
            InstanceId = command.InstanceId,
            ProcessId = process.Id,
            Status = InstanceStatus.Active,
            Variables = new Dictionary<string, object?>(),
        };
        var step = new StepContext(process, state, command.Now) { Calendars = calendars, Decisions = decisions };
        var start = ChooseStart(process, command.StartEventId);
        step.Record(HistoryKinds.InstanceStarted, process.Id, "process", [new("startEvent", start.Id)]);
        step.SetVariables(command.Variables, null);
        var runner = new TokenRunner(step);
        runner.Enter(start, null, null);
        runner.Run();
        return step.ToResult();
    }

    private static StartEventNode ChooseStart(ProcessDefinition process, string? startEventId)
    {
        var starts = process.StartEventsOf(null);
        if (startEventId is null)
        {
            return starts.FirstOrDefault(s => s.Trigger is null)
                ?? throw new WorkflowExecutionException(null, $"Process '{process.Id}' has no none start event: start it at its timer or message start event");
        }
        return starts.FirstOrDefault(s => s.Id == startEventId)
            ?? throw new WorkflowExecutionException(startEventId, $"Expected a start event '{startEventId}' in process '{process.Id}' but there is none");
    }
}
