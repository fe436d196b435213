namespace CaseManagement.Workflows.Bpmn;

/// <summary>One reason a BPMN document was refused, pointing at the element (id, type, line).</summary>
public sealed record BpmnImportError(string? ElementId, string ElementType, int Line, string Message)
{
    public override string ToString() =>
        $"{ElementType}{(ElementId is null ? "" : $" '{ElementId}'")} (line {Line}): {Message}";
}
