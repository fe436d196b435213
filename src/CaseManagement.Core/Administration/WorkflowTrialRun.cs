using System.Globalization;
using System.Text.Json;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Core.Administration;

/// <summary>A try-it run of a draft, in memory only: the engine's state plus what the page shows (taken path, open
/// tasks, log). The host commands the engine returns are never carried out: tasks and timers are only listed, service
/// tasks are logged as what would run, called processes are not started (their call activity completes at once).</summary>
internal sealed class WorkflowTrialRun
{
    // Called processes completed at once could call each other forever.
    private const int MaxCallCompletionsPerAction = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    private readonly Saved saved;

    private WorkflowTrialRun(Saved saved, InstanceState? state)
    {
        this.saved = saved;
        State = state;
    }

    public InstanceState? State { get; private set; }

    public DateTimeOffset Clock => saved.Clock;

    public static WorkflowTrialRun Begin(DateTimeOffset now) => new(new Saved("", now, 0, [], [], [], []), null);

    /// <summary>The run the page sent back; a state that cannot be read is refused in the admin's language.</summary>
    public static WorkflowTrialRun Resume(string trial)
    {
        try
        {
            var saved = JsonSerializer.Deserialize<Saved>(trial, Json) ?? throw new JsonException("null");
            return new WorkflowTrialRun(saved, InstanceStateJson.Deserialize(saved.Instance));
        }
        catch (JsonException)
        {
            throw new ConflictException(Messages.Get("WorkflowTrialStateUnreadable"));
        }
    }

    /// <summary>Starts the test clock's next action: later actions log under a new step number.</summary>
    public void NextStep(DateTimeOffset clock, string text)
    {
        saved.Step++;
        saved.Clock = clock;
        Log("Action", null, text);
    }

    public void Log(string kind, string? elementId, string text) => saved.Log.Add(new WorkflowTrialLogEntry(saved.Step, saved.Clock, kind, elementId, text));

    /// <summary>Takes the engine's outcome: the new state, its history into the path and the log, its host commands
    /// into the list of tasks and the log (nothing is carried out).</summary>
    public void Apply(ProcessDefinition process, WorkflowEngine engine, StepResult result)
    {
        var calls = new Queue<StartCallActivity>();
        Take(process, result, calls);
        for (var n = 0; calls.TryDequeue(out var call); n++)
        {
            if (n >= MaxCallCompletionsPerAction) throw new ConflictException(Messages.Get("WorkflowTrialTooManyCalls"));
            Take(process, Execute(engine, process, new CompleteCallActivity(call.ChildInstanceId, new Dictionary<string, object?>(), saved.Clock)), calls);
        }
    }

    /// <summary>Runs the engine, its refusal said in the admin's language.</summary>
    public StepResult Execute(WorkflowEngine engine, ProcessDefinition process, EngineCommand command)
    {
        try
        {
            return State is null ? engine.Start(process, (StartInstance)command) : engine.Execute(process, State, command);
        }
        catch (WorkflowExecutionException e)
        {
            throw new ConflictException(Messages.Format("WorkflowTrialEngineFailed", e.Message));
        }
    }

    public WorkflowTrialView View(ProcessDefinition process)
    {
        var state = State!;
        var subscriptions = state.Subscriptions;
        var open = subscriptions.Where(s => s.Kind == SubscriptionKind.UserTask).Select(s => s.Id).ToHashSet();
        saved.Tasks.RemoveAll(t => !open.Contains(t.Id));
        return new WorkflowTrialView(
            JsonSerializer.Serialize(saved with { Instance = InstanceStateJson.Serialize(state) }, Json),
            state.Status.ToString(), saved.Clock, saved.TakenElements, saved.TakenFlows,
            [.. state.Tokens.Select(t => t.ElementId).Distinct()], [.. saved.Tasks],
            [.. subscriptions.Where(s => s.Kind == SubscriptionKind.Timer).OrderBy(s => s.DueAt)
                .Select(s => new WorkflowTrialWait(s.Id, s.ElementId, NameOf(process, s.ElementId), s.DueAt, null))],
            [.. subscriptions.Where(s => s.Kind == SubscriptionKind.Message)
                .Select(s => new WorkflowTrialWait(s.Id, s.ElementId, NameOf(process, s.ElementId), null, s.MessageName))],
            InstanceStateJson.SerializeVariables(state.Variables), saved.Log);
    }

    private void Take(ProcessDefinition process, StepResult result, Queue<StartCallActivity> calls)
    {
        State = result.State;
        foreach (var e in result.History)
        {
            switch (e.Kind)
            {
                case HistoryKinds.ElementActivated when e.ElementId is { } id:
                    if (!saved.TakenElements.Contains(id)) saved.TakenElements.Add(id);
                    Log(e.Kind, id, Messages.Format("WorkflowTrialLog_Entered", NameOf(process, id)));
                    break;
                case HistoryKinds.FlowTaken when e.ElementId is { } flow:
                    if (!saved.TakenFlows.Contains(flow)) saved.TakenFlows.Add(flow);
                    break;
                case HistoryKinds.VariableSet when e.Data is { } data:
                    using (var d = JsonDocument.Parse(data))
                    {
                        var value = d.RootElement.TryGetProperty("value", out var v) ? v.GetRawText() : "null";
                        Log(e.Kind, e.ElementId, Messages.Format("WorkflowTrialLog_Variable", d.RootElement.GetProperty("name").GetString(), value));
                    }

                    break;
                case HistoryKinds.TaskCompleted:
                    Log(e.Kind, e.ElementId, Messages.Format("WorkflowTrialLog_TaskCompleted", NameOf(process, e.ElementId)));
                    break;
                case HistoryKinds.TimerFired:
                    Log(e.Kind, e.ElementId, Messages.Format("WorkflowTrialLog_TimerFired", NameOf(process, e.ElementId)));
                    break;
                case HistoryKinds.MessageCorrelated:
                    Log(e.Kind, e.ElementId, Messages.Format("WorkflowTrialLog_MessageReceived", NameOf(process, e.ElementId)));
                    break;
                case HistoryKinds.InstanceCompleted or HistoryKinds.InstanceTerminated:
                    Log(e.Kind, e.ElementId, Messages.Get("WorkflowTrialLog_" + e.Kind));
                    break;
            }
        }

        foreach (var command in result.Commands)
        {
            switch (command)
            {
                case CreateUserTask task:
                    saved.Tasks.Add(new WorkflowTrialTask(task.TaskId, task.ElementId, task.Name, task.Queue, task.Assignee, task.DueAt));
                    Log(nameof(CreateUserTask), task.ElementId, Messages.Format("WorkflowTrialLog_TaskCreated", task.Name, task.Queue ?? task.Assignee ?? "-"));
                    break;
                case CancelUserTask task:
                    Log(nameof(CancelUserTask), task.ElementId, Messages.Format("WorkflowTrialLog_TaskCancelled", NameOf(process, task.ElementId)));
                    break;
                case ScheduleTimer timer:
                    Log(nameof(ScheduleTimer), timer.ElementId, Messages.Format("WorkflowTrialLog_TimerScheduled", NameOf(process, timer.ElementId), JapanTime(timer.DueAt)));
                    break;
                case CancelTimer timer:
                    Log(nameof(CancelTimer), timer.ElementId, Messages.Format("WorkflowTrialLog_TimerCancelled", NameOf(process, timer.ElementId)));
                    break;
                case InvokeServiceTask service:
                    Log(nameof(InvokeServiceTask), service.ElementId, Messages.Format("WorkflowTrialLog_WouldRun", NameOf(process, service.ElementId), service.Type,
                        InstanceStateJson.SerializeVariables(service.Inputs)));
                    break;
                case StartCallActivity call:
                    Log(nameof(StartCallActivity), call.ElementId, Messages.Format("WorkflowTrialLog_WouldCall", NameOf(process, call.ElementId), call.ProcessId));
                    calls.Enqueue(call);
                    break;
                case CancelCallActivity call:
                    Log(nameof(CancelCallActivity), call.ElementId, Messages.Format("WorkflowTrialLog_CallCancelled", NameOf(process, call.ElementId)));
                    break;
            }
        }
    }

    private static string NameOf(ProcessDefinition process, string? elementId) =>
        elementId is null ? "" : process.FindNode(elementId)?.Name is { Length: > 0 } name ? name : elementId;

    private static string JapanTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Tokyo).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>What the page holds between actions (ADR 0021): the engine's state as JSON, the test clock, and what
    /// the run showed so far.</summary>
    private sealed record Saved(
        string Instance, DateTimeOffset Clock, int Step, List<WorkflowTrialLogEntry> Log, List<string> TakenElements, List<string> TakenFlows,
        List<WorkflowTrialTask> Tasks)
    {
        public DateTimeOffset Clock { get; set; } = Clock;

        public int Step { get; set; } = Step;
    }
}
