using System.Diagnostics;
using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Execution;

namespace CaseManagement.Benchmarks;

/// <summary>(e) the pure part of benchmark (a)'s two steps, without a database, on one thread: the engine's start and
/// completion plus the state JSON a durable step reads and writes. What is left of a step's client CPU is Npgsql and
/// the host.</summary>
public static class EngineCost
{
    public static Task<IReadOnlyList<Figure>> RunAsync(BenchServer server, BenchmarkOptions o)
    {
        var process = BpmnReader.Read(BenchProcesses.UserTask).Single();
        var engine = new WorkflowEngine();
        var none = new Dictionary<string, object?>();
        var jsonBytes = 0L;

        void Instance()
        {
            var started = engine.Start(process, new StartInstance(Guid.CreateVersion7(), none, DateTimeOffset.UtcNow));
            var stored = InstanceStateJson.Serialize(started.State);
            var task = started.Commands.OfType<Workflows.Commands.CreateUserTask>().Single().TaskId;
            var state = InstanceStateJson.Deserialize(stored);
            var completed = engine.Execute(process, state, new CompleteUserTask(task, none, DateTimeOffset.UtcNow));
            jsonBytes += stored.Length + InstanceStateJson.Serialize(completed.State).Length;
        }

        for (var i = 0; i < 20_000; i++)
        {
            Instance(); // warm-up: tiered JIT
        }

        var n = o.Instances * 5;
        jsonBytes = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < n; i++)
        {
            Instance();
        }

        var perStep = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / (n * 2.0);
        _ = server;
        return Task.FromResult<IReadOnlyList<Figure>>(
        [
            new("e) engine alone", "CPU per step (engine + state JSON)", perStep, "µs", $"{n} instances on one thread, no database"),
            new("e) engine alone", "state JSON per step", jsonBytes / (n * 2.0), "chars", "written once, read once"),
        ]);
    }
}
