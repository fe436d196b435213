using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Model;
using CaseManagement.Workflows.Tests.Support;

namespace CaseManagement.Workflows.Tests.Processes;

/// <summary>Runs one instance of a shipped workflow as the host would, on a clock the scenario moves: timers fire at
/// their due time, and every command and history event is kept for assertions.</summary>
internal sealed class ProcessRun
{
    private readonly WorkflowEngine _engine;
    private readonly List<HostCommand> _commands = [];
    private readonly List<HistoryEvent> _history = [];

    private ProcessRun(WorkflowEngine engine, ProcessDefinition process, DateTimeOffset now) => (_engine, Process, Now) = (engine, process, now);

    public ProcessDefinition Process { get; }
    public InstanceState State { get; private set; } = null!;
    public StepResult Last { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }
    public IReadOnlyList<HostCommand> Commands => _commands;
    public IReadOnlyList<HistoryEvent> History => _history;

    /// <summary>The single executable process of a file in workflows/, as the app loads it.</summary>
    public static ProcessDefinition Shipped(string file) => BpmnReader.Read(TestBpmn.Workflow(file)).Single();

    public static ProcessRun Start(ProcessDefinition process, DateTimeOffset at, IReadOnlyDictionary<string, object?> variables, WorkflowEngine? engine = null)
    {
        var run = new ProcessRun(engine ?? new WorkflowEngine(), process, at);
        run.Apply(run._engine.Start(process, new StartInstance(Guid.NewGuid(), variables, at)));
        return run;
    }

    public IEnumerable<CreateUserTask> OpenTasks =>
        _commands.OfType<CreateUserTask>().Where(t => State.Subscriptions.Any(s => s.Id == t.TaskId));

    public IEnumerable<ScheduleTimer> OpenTimers =>
        _commands.OfType<ScheduleTimer>().Where(t => State.Subscriptions.Any(s => s.Id == t.TimerId));

    public CreateUserTask OpenTask(string elementId) =>
        OpenTasks.LastOrDefault(t => t.ElementId == elementId) ?? throw new InvalidOperationException($"no open task for {elementId}");

    public ScheduleTimer OpenTimer(string elementId) =>
        OpenTimers.LastOrDefault(t => t.ElementId == elementId) ?? throw new InvalidOperationException($"no open timer for {elementId}");

    /// <summary>Moves the clock on (a person takes some time before completing a task).</summary>
    public ProcessRun After(TimeSpan elapsed)
    {
        Now += elapsed;
        return this;
    }

    public ProcessRun CompleteTask(string elementId, IReadOnlyDictionary<string, object?>? variables = null) =>
        Execute(new CompleteUserTask(OpenTask(elementId).TaskId, variables ?? Vars.None, Now));

    /// <summary>Moves the clock to the timer's due time and fires it, as the host's scheduler does.</summary>
    public ProcessRun FireTimer(string elementId)
    {
        var timer = OpenTimer(elementId);
        Now = timer.DueAt;
        return Execute(new FireTimer(timer.TimerId, Now));
    }

    public ProcessRun Correlate(string message, IReadOnlyDictionary<string, object?>? variables = null) =>
        Execute(new CorrelateMessage(message, variables ?? Vars.None, Now));

    /// <summary>History events of one kind, as element ids in order.</summary>
    public IReadOnlyList<string?> Events(string kind) => [.. _history.Where(h => h.Kind == kind).Select(h => h.ElementId)];

    public IReadOnlyList<string?> Completed => Events(HistoryKinds.ElementCompleted);

    public IEnumerable<InvokeServiceTask> Services(string type) => _commands.OfType<InvokeServiceTask>().Where(s => s.Type == type);

    private ProcessRun Execute(EngineCommand command)
    {
        Apply(_engine.Execute(Process, State, command));
        return this;
    }

    private void Apply(StepResult result)
    {
        Last = result;
        _commands.AddRange(result.Commands);
        _history.AddRange(result.History);
        // The host stores the state as JSON between steps.
        State = InstanceStateJson.Deserialize(InstanceStateJson.Serialize(result.State));
    }
}
