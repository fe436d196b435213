using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Tests.Support;

/// <summary>Drives one instance through the engine as a host would: the state goes through JSON between steps,
/// and every command and history event is kept for assertions.</summary>
internal sealed class InstanceDriver
{
    public static readonly DateTimeOffset T0 = new(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(9));
    private readonly WorkflowEngine _engine = new();
    private readonly List<HostCommand> _commands = [];
    private readonly List<HistoryEvent> _history = [];

    private InstanceDriver(ProcessDefinition process) => Process = process;

    public ProcessDefinition Process { get; }
    public InstanceState State { get; private set; } = null!;
    public StepResult Last { get; private set; } = null!;
    public DateTimeOffset Now { get; set; } = T0;
    public IReadOnlyList<HostCommand> Commands => _commands;
    public IReadOnlyList<HistoryEvent> History => _history;

    public static InstanceDriver Start(ProcessDefinition process, IReadOnlyDictionary<string, object?>? variables = null, string? startEventId = null)
    {
        var driver = new InstanceDriver(process);
        driver.Apply(driver._engine.Start(process, new StartInstance(Guid.NewGuid(), variables ?? new Dictionary<string, object?>(), T0) { StartEventId = startEventId }));
        return driver;
    }

    public static InstanceDriver Start(string body, IReadOnlyDictionary<string, object?>? variables = null, string extra = "") =>
        Start(TestBpmn.Process(body, extra), variables);

    /// <summary>The open task created for an element (the most recent one).</summary>
    public CreateUserTask OpenTask(string elementId) =>
        OpenTasks.LastOrDefault(t => t.ElementId == elementId) ?? throw new InvalidOperationException($"no open task for {elementId}");

    public IEnumerable<CreateUserTask> OpenTasks =>
        _commands.OfType<CreateUserTask>().Where(t => State.Subscriptions.Any(s => s.Id == t.TaskId));

    public IEnumerable<ScheduleTimer> OpenTimers =>
        _commands.OfType<ScheduleTimer>().Where(t => State.Subscriptions.Any(s => s.Id == t.TimerId));

    public InstanceDriver CompleteTask(string elementId, IReadOnlyDictionary<string, object?>? variables = null) =>
        Execute(new CompleteUserTask(OpenTask(elementId).TaskId, variables ?? new Dictionary<string, object?>(), Now));

    public InstanceDriver FireTimer(string elementId) =>
        Execute(new FireTimer(OpenTimers.Last(t => t.ElementId == elementId).TimerId, Now));

    public InstanceDriver Correlate(string message, IReadOnlyDictionary<string, object?>? variables = null) =>
        Execute(new CorrelateMessage(message, variables ?? new Dictionary<string, object?>(), Now));

    public InstanceDriver Execute(EngineCommand command)
    {
        Apply(_engine.Execute(Process, State, command));
        return this;
    }

    /// <summary>History events of one kind, as "elementId" strings in order.</summary>
    public IReadOnlyList<string?> Events(string kind) => [.. _history.Where(h => h.Kind == kind).Select(h => h.ElementId)];

    public IReadOnlyList<string?> Completed => Events(HistoryKinds.ElementCompleted);

    private void Apply(StepResult result)
    {
        Last = result;
        _commands.AddRange(result.Commands);
        _history.AddRange(result.History);
        // The host stores the state as JSON and may reload it in another process: so does every test.
        State = InstanceStateJson.Deserialize(InstanceStateJson.Serialize(result.State));
    }
}
