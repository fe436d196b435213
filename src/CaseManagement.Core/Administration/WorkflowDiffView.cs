using CaseManagement.Workflows.Bpmn;

namespace CaseManagement.Core.Administration;

/// <summary>What changed from one version of a process to another (<see cref="ToVersion"/> null: to the draft).</summary>
public sealed record WorkflowDiffView(string ProcessId, int FromVersion, int? ToVersion, IReadOnlyList<ElementChange> Changes);
