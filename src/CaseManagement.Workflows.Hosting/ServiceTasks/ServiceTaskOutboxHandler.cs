using System.Text.Json;
using CaseManagement.Workflows.Abstractions;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Hosting.Outbox;

namespace CaseManagement.Workflows.Hosting.ServiceTasks;

/// <summary>Hands a committed service task to the application's handler for its cm:type.</summary>
public sealed class ServiceTaskOutboxHandler(IEnumerable<IServiceTaskHandler> handlers) : IOutboxHandler
{
    // As everywhere in DI, the last registration for a type wins: an application replaces a built-in by adding its own.
    private readonly Dictionary<string, IServiceTaskHandler> byType = handlers.GroupBy(h => h.Type).ToDictionary(g => g.Key, g => g.Last());

    public string Kind => OutboxKinds.ServiceTask;

    public async Task DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        var task = JsonSerializer.Deserialize<ServiceTaskPayload>(message.PayloadJson)!;
        if (!byType.TryGetValue(task.Type, out var handler))
        {
            throw new InvalidOperationException($"no service task handler for cm:type '{task.Type}'");
        }

        await handler.HandleAsync(message.InstanceId ?? Guid.Empty, task.ElementId,
            InstanceStateJson.DeserializeVariables(task.InputsJson), message.IdempotencyKey, ct);
    }
}
