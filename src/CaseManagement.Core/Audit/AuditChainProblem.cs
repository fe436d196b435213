namespace CaseManagement.Core.Audit;

/// <summary>How the chain is broken at the first bad row.</summary>
public enum AuditChainProblem
{
    /// <summary>The row's contents (or its hashes) no longer match its hash: changed after it was written.</summary>
    Altered,

    /// <summary>Rows before this one (or at the end of the chain) are gone.</summary>
    Missing,

    /// <summary>The row was put into the chain afterwards: the next row still links to the one before it, or it lies
    /// beyond the chain head.</summary>
    Inserted,
}
