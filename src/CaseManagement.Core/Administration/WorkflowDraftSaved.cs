namespace CaseManagement.Core.Administration;

/// <summary>The revision a save produced: the designer sends it with its next save.</summary>
public sealed record WorkflowDraftSaved(int Revision, DateTimeOffset SavedAt);
