using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Resources;

namespace CaseManagement.Core.Administration;

/// <summary>Publishing a decision was refused because the check found problems; <see cref="Issues"/> says which.</summary>
public sealed class DecisionCheckFailedException(IReadOnlyList<DecisionIssueView> issues)
    : UseCaseException(Messages.Format("DecisionCheckFailed", issues.Count))
{
    public IReadOnlyList<DecisionIssueView> Issues { get; } = issues;
}
