namespace CaseManagement.Core.Administration;

/// <summary>What the designer opens: the draft, or (revision 0) the latest published version when there is none.</summary>
public sealed record WorkflowDraftView(
    string ProcessId, string BpmnXml, int Revision, int? BasedOnVersion, DateTimeOffset? UpdatedAt, string? UpdatedByName);
