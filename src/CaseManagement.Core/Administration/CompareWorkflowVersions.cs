using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using CaseManagement.Workflows.Bpmn;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>The elements added, removed and changed (with which properties) between two published versions of a
/// process, or between a version and the draft (<see cref="ToVersion"/> null).</summary>
[Authorize(Roles.Admin)]
public sealed record CompareWorkflowVersions(string ProcessId, int FromVersion, int? ToVersion) : IQuery<WorkflowDiffView>;

internal sealed class CompareWorkflowVersionsHandler(CaseDbContext db) : IRequestHandler<CompareWorkflowVersions, WorkflowDiffView>
{
    public async Task<WorkflowDiffView> Handle(CompareWorkflowVersions request, CancellationToken cancellationToken)
    {
        var from = await VersionXmlAsync(request.ProcessId, request.FromVersion, cancellationToken);
        var to = request.ToVersion is { } version
            ? await VersionXmlAsync(request.ProcessId, version, cancellationToken)
            : await db.WorkflowDrafts.AsNoTracking().Where(d => d.ProcessId == request.ProcessId).Select(d => d.BpmnXml).SingleOrDefaultAsync(cancellationToken)
              ?? throw new NotFoundException(Messages.Get("WorkflowDraftGone"));
        try
        {
            return new WorkflowDiffView(request.ProcessId, request.FromVersion, request.ToVersion, BpmnDiff.Compare(from, to));
        }
        catch (BpmnImportException)
        {
            // Only a draft can be malformed: published versions passed the reader.
            throw new ConflictException(Messages.Get("WorkflowDraftMalformed"));
        }
    }

    private async Task<string> VersionXmlAsync(string processId, int version, CancellationToken ct) =>
        await db.WorkflowDefinitions.AsNoTracking().Where(d => d.ProcessId == processId && d.Version == version)
            .Select(d => d.BpmnXml).SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException(Messages.Get("WorkflowVersionNotFound"));
}
