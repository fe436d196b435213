using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>The draft of a process, or its latest published version as revision 0 when nobody has started one.</summary>
[Authorize(Roles.Admin)]
public sealed record GetWorkflowDraft(string ProcessId) : IQuery<WorkflowDraftView>;

internal sealed class GetWorkflowDraftHandler(CaseDbContext db) : IRequestHandler<GetWorkflowDraft, WorkflowDraftView>
{
    public async Task<WorkflowDraftView> Handle(GetWorkflowDraft request, CancellationToken cancellationToken)
    {
        var draft = await db.WorkflowDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.ProcessId == request.ProcessId, cancellationToken);
        if (draft is not null)
        {
            return new WorkflowDraftView(draft.ProcessId, draft.BpmnXml, draft.Revision, draft.BasedOnVersion, draft.UpdatedAt, draft.UpdatedByName);
        }

        var latest = await db.WorkflowDefinitions.AsNoTracking().Where(d => d.ProcessId == request.ProcessId)
            .OrderByDescending(d => d.Version).Select(d => new { d.BpmnXml, d.Version }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Get("WorkflowNotFound"));
        return new WorkflowDraftView(request.ProcessId, latest.BpmnXml, 0, latest.Version, null, null);
    }
}
