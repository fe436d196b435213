namespace CaseManagement.Workflows.Dmn;

/// <summary>One reason a DMN document was refused, pointing at the element (id, type, line).</summary>
public sealed record DmnImportError(string? ElementId, string ElementType, int Line, string Message)
{
    public override string ToString() =>
        $"{ElementType}{(ElementId is null ? "" : $" '{ElementId}'")} (line {Line}): {Message}";
}
