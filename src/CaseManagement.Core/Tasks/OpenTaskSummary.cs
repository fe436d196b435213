namespace CaseManagement.Core.Tasks;

/// <summary>An open task of a workflow instance, as other modules need it (whom to tell about it).</summary>
public sealed record OpenTaskSummary(Guid TaskId, string Name, string? Queue, Guid? AssigneeId, DateTimeOffset CreatedAt, Guid? CaseId);
