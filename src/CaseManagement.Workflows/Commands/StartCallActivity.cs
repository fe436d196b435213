namespace CaseManagement.Workflows.Commands;

/// <summary>Start process <paramref name="ProcessId"/> (version <paramref name="Version"/>, or the latest published
/// one when null) as a new instance <paramref name="ChildInstanceId"/> with <paramref name="Variables"/>; when it
/// ends, send this instance <c>CompleteCallActivity</c> with the same id and the child's final variables.</summary>
public sealed record StartCallActivity(
    Guid ChildInstanceId,
    string ElementId,
    string ProcessId,
    int? Version,
    IReadOnlyDictionary<string, object?> Variables) : HostCommand;
