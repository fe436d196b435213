namespace CaseManagement.Workflows.Model;

/// <summary>A directed edge between two nodes; <see cref="Condition"/> is a FEEL expression (leading '=' removed).</summary>
public sealed record SequenceFlow(string Id, string? Name, string SourceId, string TargetId, string? Condition, int Line);
