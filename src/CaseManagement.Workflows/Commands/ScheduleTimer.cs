namespace CaseManagement.Workflows.Commands;

/// <summary>Wake the instance at <paramref name="DueAt"/> with a <c>FireTimer</c> carrying <paramref name="TimerId"/>.</summary>
public sealed record ScheduleTimer(Guid TimerId, string ElementId, DateTimeOffset DueAt) : HostCommand;
