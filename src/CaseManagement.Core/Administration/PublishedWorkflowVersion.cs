namespace CaseManagement.Core.Administration;

/// <summary>The version a publication produced; <see cref="IsNewVersion"/> is false when the draft equalled the latest.</summary>
public sealed record PublishedWorkflowVersion(Guid DefinitionId, string ProcessId, int Version, bool IsNewVersion);
