namespace CaseManagement.Core.Audit;

/// <summary>The result of walking the whole audit chain: intact, or where it first breaks and how. <see cref="HeadHash"/>
/// (hex) is what an auditor can note down elsewhere: an owner who rewrote the whole chain could not match it.</summary>
public sealed record AuditChainVerification(
    bool Intact, long RowsChecked, long LastId, string HeadHash, long? FirstBrokenId, AuditChainProblem? Problem, string? MissingRange,
    DateTimeOffset CheckedAt);
