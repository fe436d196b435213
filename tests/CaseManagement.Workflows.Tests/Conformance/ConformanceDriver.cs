using System.Security.Cryptography;
using System.Text;
using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Tests.Conformance;

/// <summary>Runs one peer model through our engine the way tools/conformance/record.mjs runs it through bpmn-engine:
/// start every executable process at its none start event; then, up to <see cref="MaxActions"/> times, complete the
/// oldest open user task with no variables, else fire the earliest timer (on a virtual clock), else stop. Nothing is
/// correlated. A call activity's child is started when its process is an executable one of the same document.</summary>
internal sealed class ConformanceDriver
{
    private const int MaxActions = 50;
    private static readonly DateTimeOffset T0 = new(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(9));

    private readonly WorkflowEngine _engine = new();
    private readonly IReadOnlyList<ProcessDefinition> _processes;
    private readonly string _seed;
    private readonly List<Instance> _instances = [];
    private readonly List<(Instance Instance, Guid TaskId)> _tasks = [];
    private readonly List<(Instance Instance, Guid TimerId, DateTimeOffset DueAt, int Order)> _timers = [];
    private readonly List<string> _completed = [];
    private readonly List<string> _endEvents = [];
    private DateTimeOffset _now = T0;
    private int _timerOrder;

    private ConformanceDriver(IReadOnlyList<ProcessDefinition> processes, string seed) => (_processes, _seed) = (processes, seed);

    public static ConformanceOutcome Run(string modelPath)
    {
        IReadOnlyList<ProcessDefinition> processes;
        try
        {
            processes = BpmnReader.Read(File.ReadAllText(modelPath));
        }
        catch (BpmnImportException e)
        {
            return new ConformanceOutcome(ConformanceOutcome.Refused, [], [], string.Join("; ", e.Errors)) { ImportErrors = e.Errors };
        }
        return new ConformanceDriver(processes, Path.GetFileName(modelPath)).Run();
    }

    private ConformanceOutcome Run()
    {
        try
        {
            foreach (var process in _processes.Where(p => p.StartEventsOf(null).Any(s => s.Trigger is null)))
            {
                StartInstance(process, new Dictionary<string, object?>(), parent: null, childId: null);
            }
            for (var action = 0; action < MaxActions && NextAction() is { } next; action++) next();
        }
        catch (WorkflowExecutionException e)
        {
            return new ConformanceOutcome("error", _completed, _endEvents, e.Message);
        }
        var topLevel = _instances.Where(i => i.Parent is null).ToList();
        var state = topLevel.Count < _processes.Count || topLevel.Any(i => i.State.Status == InstanceStatus.Active) ? "waiting"
            : topLevel.Any(i => i.State.Status == InstanceStatus.Terminated) ? "terminated"
            : "completed";
        return new ConformanceOutcome(state, _completed, _endEvents, null);
    }

    private Action? NextAction()
    {
        if (_tasks.Count > 0)
        {
            var (instance, taskId) = _tasks[0];
            return () =>
            {
                _tasks.RemoveAt(0);
                Execute(instance, new CompleteUserTask(taskId, new Dictionary<string, object?>(), _now));
            };
        }
        if (_timers.Count > 0)
        {
            var timer = _timers.OrderBy(t => t.DueAt).ThenBy(t => t.Order).First();
            return () =>
            {
                _timers.Remove(timer);
                if (timer.DueAt > _now) _now = timer.DueAt;
                Execute(timer.Instance, new FireTimer(timer.TimerId, _now));
            };
        }
        return null;
    }

    private void StartInstance(ProcessDefinition process, IReadOnlyDictionary<string, object?> variables, Instance? parent, Guid? childId)
    {
        var id = childId ?? DerivedId($"{_seed}/{process.Id}");
        var instance = new Instance(process, parent, id);
        _instances.Add(instance);
        Apply(instance, _engine.Start(process, new StartInstance(id, variables, _now)));
    }

    private void Execute(Instance instance, EngineCommand command) => Apply(instance, _engine.Execute(instance.Process, instance.State, command));

    private void Apply(Instance instance, StepResult result)
    {
        instance.State = result.State;
        foreach (var completed in result.History.Where(h => h.Kind == HistoryKinds.ElementCompleted))
        {
            _completed.Add(completed.ElementId!);
            if (completed.ElementType == "endEvent") _endEvents.Add(completed.ElementId!);
        }
        foreach (var command in result.Commands) Carry(instance, command);
    }

    private void Carry(Instance instance, HostCommand command)
    {
        switch (command)
        {
            case CreateUserTask task:
                _tasks.Add((instance, task.TaskId));
                break;
            case CancelUserTask task:
                _tasks.RemoveAll(t => t.TaskId == task.TaskId);
                break;
            case ScheduleTimer timer:
                _timers.Add((instance, timer.TimerId, timer.DueAt, _timerOrder++));
                break;
            case CancelTimer timer:
                _timers.RemoveAll(t => t.TimerId == timer.TimerId);
                break;
            case StartCallActivity call when _processes.FirstOrDefault(p => p.Id == call.ProcessId) is { } called:
                StartInstance(called, call.Variables, instance, call.ChildInstanceId);
                break;
            case CancelCallActivity call when _instances.Find(i => i.Id == call.ChildInstanceId) is { } child:
                Execute(child, new CancelInstance(_now));
                break;
            case InstanceCompleted when instance.Parent is { } parent:
                _tasks.RemoveAll(t => t.Instance == instance);
                _timers.RemoveAll(t => t.Instance == instance);
                Execute(parent, new CompleteCallActivity(instance.Id, instance.State.Variables, _now));
                break;
            case InstanceCompleted:
                _tasks.RemoveAll(t => t.Instance == instance);
                _timers.RemoveAll(t => t.Instance == instance);
                break;
            default:
                // Service invocations are fire-and-forget; a call to a process not in the document waits for ever.
                break;
        }
    }

    private static Guid DerivedId(string text) => new(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));

    private sealed class Instance(ProcessDefinition process, Instance? parent, Guid id)
    {
        public ProcessDefinition Process { get; } = process;
        public Instance? Parent { get; } = parent;
        public Guid Id { get; } = id;
        public InstanceState State { get; set; } = null!;
    }
}
