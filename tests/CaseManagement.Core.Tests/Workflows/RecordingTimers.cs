using System.Collections.Concurrent;
using CaseManagement.Workflows.Hosting.Timers;

namespace CaseManagement.Core.Tests.Workflows;

/// <summary>Lets a test await the moment a timer's firing has been applied (no sleeping).</summary>
public sealed class RecordingTimers
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> fired = new();

    public Task WhenFired(Guid timerId) => Source(timerId).Task.WaitAsync(TimeSpan.FromSeconds(60));

    private TaskCompletionSource Source(Guid id) => fired.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>Wraps the application's handler: records after the step committed.</summary>
    public sealed class Decorator(IWorkflowTimerHandler inner, RecordingTimers recorder) : IWorkflowTimerHandler
    {
        public async Task FireAsync(Guid timerId, CancellationToken ct)
        {
            await inner.FireAsync(timerId, ct);
            recorder.Source(timerId).TrySetResult();
        }
    }
}
