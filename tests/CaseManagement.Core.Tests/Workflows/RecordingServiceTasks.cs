using System.Collections.Concurrent;
using CaseManagement.Workflows.Abstractions;

namespace CaseManagement.Core.Tests.Workflows;

/// <summary>A notify handler that records each delivery with its idempotency key, and can be told to fail once.</summary>
public sealed class RecordingServiceTasks : IServiceTaskHandler
{
    private readonly TaskCompletionSource first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Type => "notify";

    public ConcurrentQueue<(string Key, IReadOnlyDictionary<string, object?> Inputs)> Deliveries { get; } = new();

    public int FailuresToSimulate { get; set; }

    public Task FirstDelivery => first.Task.WaitAsync(TimeSpan.FromSeconds(60));

    public Task HandleAsync(Guid instanceId, string elementId, IReadOnlyDictionary<string, object?> inputs, string idempotencyKey, CancellationToken ct)
    {
        if (FailuresToSimulate-- > 0)
        {
            throw new InvalidOperationException("mail server unavailable (simulated)");
        }

        Deliveries.Enqueue((idempotencyKey, inputs));
        first.TrySetResult();
        return Task.CompletedTask;
    }
}
