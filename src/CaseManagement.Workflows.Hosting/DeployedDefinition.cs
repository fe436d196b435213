namespace CaseManagement.Workflows.Hosting;

/// <summary>A published, immutable version of a process.</summary>
public sealed record DeployedDefinition(Guid Id, string ProcessId, int Version, string? Name, bool IsNewVersion);
