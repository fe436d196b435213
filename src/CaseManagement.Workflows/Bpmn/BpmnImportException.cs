namespace CaseManagement.Workflows.Bpmn;

/// <summary>The document was refused; <see cref="Errors"/> lists every reason found.</summary>
public sealed class BpmnImportException(IReadOnlyList<BpmnImportError> errors)
    : Exception("BPMN import failed: " + string.Join("; ", errors))
{
    public IReadOnlyList<BpmnImportError> Errors { get; } = errors;
}
