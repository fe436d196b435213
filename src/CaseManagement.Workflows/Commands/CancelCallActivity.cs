namespace CaseManagement.Workflows.Commands;

/// <summary>The call activity's token left before its child ended (terminate, interrupting boundary event): the host
/// ends child instance <paramref name="ChildInstanceId"/> (<c>CancelInstance</c>) and reports nothing back.</summary>
public sealed record CancelCallActivity(Guid ChildInstanceId, string ElementId) : HostCommand;
