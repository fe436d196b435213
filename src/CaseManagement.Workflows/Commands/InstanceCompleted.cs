namespace CaseManagement.Workflows.Commands;

/// <summary>No token is left: the instance has ended (normally, or by a terminate end event), or was cancelled by
/// CancelInstance (then <paramref name="EndElementId"/> is the process id and <paramref name="Terminated"/> is true).</summary>
public sealed record InstanceCompleted(string EndElementId, bool Terminated) : HostCommand;
