using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Administration;

/// <summary>The check before publishing, on a diagram as the designer holds it: empty when it may be published.</summary>
[Authorize(Roles.Admin)]
public sealed record CheckWorkflow(string BpmnXml, string? ProcessId = null) : IQuery<IReadOnlyList<WorkflowIssueView>>;

internal sealed class CheckWorkflowHandler : IRequestHandler<CheckWorkflow, IReadOnlyList<WorkflowIssueView>>
{
    public Task<IReadOnlyList<WorkflowIssueView>> Handle(CheckWorkflow request, CancellationToken cancellationToken) =>
        Task.FromResult(WorkflowIssues.Check(request.BpmnXml, request.ProcessId));
}
