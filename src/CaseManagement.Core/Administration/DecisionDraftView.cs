namespace CaseManagement.Core.Administration;

/// <summary>What the decision table editor opens: the draft, or (revision 0) the latest published version.</summary>
public sealed record DecisionDraftView(
    string DecisionRef, string DmnXml, int Revision, int? BasedOnVersion, DateTimeOffset? UpdatedAt, string? UpdatedByName);
