namespace CaseManagement.Workflows.Commands;

/// <summary>No token is left: the instance has ended (normally, or by a terminate end event).</summary>
public sealed record InstanceCompleted(string EndElementId, bool Terminated) : HostCommand;
