namespace CaseManagement.Workflows.Commands;

/// <summary>The token waiting on this timer has left; the host removes the trigger.</summary>
public sealed record CancelTimer(Guid TimerId, string ElementId) : HostCommand;
