namespace CaseManagement.Core.Cases;

/// <summary>Open while its workflow runs; closed when the workflow ends.</summary>
public enum CaseStatus
{
    Open,
    Closed,
}
