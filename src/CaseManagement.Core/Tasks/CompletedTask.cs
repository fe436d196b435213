namespace CaseManagement.Core.Tasks;

/// <summary>What completing a task led to: new tasks of the same case, or the end of its workflow.</summary>
public sealed record CompletedTask(Guid CaseId, bool WorkflowEnded, IReadOnlyList<Guid> NewTaskIds);
