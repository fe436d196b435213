using CaseManagement.Workflows.Commands;

namespace CaseManagement.Workflows.Hosting;

/// <summary>A service task a step invoked, with the idempotency key its outbox row carries.</summary>
public sealed record InvokedServiceTask(
    Guid InstanceId, string ElementId, string Type, IReadOnlyDictionary<string, object?> Inputs, string IdempotencyKey)
{
    /// <summary>The one key of an invocation, in the outbox and wherever it is carried out.</summary>
    public static string KeyOf(Guid invocationId) => "service:" + invocationId;

    public static InvokedServiceTask From(Guid instanceId, InvokeServiceTask task) =>
        new(instanceId, task.ElementId, task.Type, task.Inputs, KeyOf(task.InvocationId));
}
