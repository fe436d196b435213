namespace CaseManagement.Workflows.Bpmn;

/// <summary>One reason a BPMN document was refused, pointing at the element (id, type, line).</summary>
public sealed record BpmnImportError(string? ElementId, string ElementType, int Line, string Message)
{
    /// <summary>One of <see cref="BpmnIssueCodes"/>.</summary>
    public string Code { get; init; } = BpmnIssueCodes.Invalid;

    /// <summary>What the code's message needs besides the element: an expression, a gateway id, an element type.</summary>
    public string? Detail { get; init; }

    public override string ToString() =>
        $"{ElementType}{(ElementId is null ? "" : $" '{ElementId}'")} (line {Line}): {Message}";
}
