namespace CaseManagement.Core.Administration;

/// <summary>A user task the try-it run created and that waits for the admin (no row in any task table).</summary>
public sealed record WorkflowTrialTask(Guid Id, string ElementId, string Name, string? Queue, string? Assignee, DateTimeOffset? DueAt);
