namespace CaseManagement.Workflows.Dmn;

/// <summary>The DMN document was refused; <see cref="Errors"/> lists every reason found.</summary>
public sealed class DmnImportException(IReadOnlyList<DmnImportError> errors)
    : Exception("DMN import failed: " + string.Join("; ", errors))
{
    public IReadOnlyList<DmnImportError> Errors { get; } = errors;
}
