namespace CaseManagement.Workflows.Commands;

/// <summary>Carry out a built-in activity (cm:type: notify, auto-reply, assign, generate-document, export-rpa, http)
/// with its evaluated inputs, typically through the outbox; <paramref name="InvocationId"/> is its idempotency key.
/// The engine does not wait for it: the token has already moved on.</summary>
public sealed record InvokeServiceTask(Guid InvocationId, string ElementId, string Type, IReadOnlyDictionary<string, object?> Inputs) : HostCommand;
