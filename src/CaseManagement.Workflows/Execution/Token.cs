namespace CaseManagement.Workflows.Execution;

/// <summary>A token at a flow node: where one path of the instance is, and in which lifecycle state.</summary>
/// <param name="ScopeId">The token of the embedded subprocess it runs in, or null for the process itself.</param>
/// <param name="ArrivedVia">The sequence flow it came by (joins count these), or null.</param>
public sealed record Token(Guid Id, string ElementId, ElementState State, Guid? ScopeId, string? ArrivedVia);
