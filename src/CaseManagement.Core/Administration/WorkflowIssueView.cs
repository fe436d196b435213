namespace CaseManagement.Core.Administration;

/// <summary>One problem found by the check before publishing, in the reader's language; <see cref="ElementId"/> is
/// the diagram element to highlight (null: the document as a whole).</summary>
public sealed record WorkflowIssueView(string? ElementId, string ElementType, int Line, string Code, string Message);
