namespace CaseManagement.Workflows.Hosting.Outbox;

/// <summary>What a service-task outbox row carries; inputs as the engine's variable JSON.</summary>
public sealed record ServiceTaskPayload(string ElementId, string Type, string InputsJson);
