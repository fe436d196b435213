namespace CaseManagement.Workflows.Abstractions;

/// <summary>Carries out one built-in service task type (cm:type = notify, auto-reply, …) for the host. Called after
/// the step committed, at least once: use <paramref name="idempotencyKey"/> to recognise a repeat.</summary>
public interface IServiceTaskHandler
{
    /// <summary>The cm:type this handler carries out.</summary>
    string Type { get; }

    Task HandleAsync(Guid instanceId, string elementId, IReadOnlyDictionary<string, object?> inputs, string idempotencyKey, CancellationToken ct);
}
