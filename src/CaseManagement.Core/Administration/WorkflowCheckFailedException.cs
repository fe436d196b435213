using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Resources;

namespace CaseManagement.Core.Administration;

/// <summary>Publishing (or a try-it run) was refused because the check found problems; <see cref="Issues"/> says
/// which, on which element.</summary>
public sealed class WorkflowCheckFailedException(IReadOnlyList<WorkflowIssueView> issues, string message) : UseCaseException(message)
{
    public WorkflowCheckFailedException(IReadOnlyList<WorkflowIssueView> issues)
        : this(issues, Messages.Format("WorkflowCheckFailed", issues.Count))
    {
    }

    public IReadOnlyList<WorkflowIssueView> Issues { get; } = issues;
}
