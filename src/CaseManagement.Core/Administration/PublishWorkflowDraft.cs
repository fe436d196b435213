using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using CaseManagement.Workflows.Hosting;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Publishes the draft, as the admin last saw it (<see cref="Revision"/>), as the process's next immutable
/// version — only if the check before publishing finds nothing. New cases start on it; running ones stay on theirs.</summary>
[Authorize(Roles.Admin)]
public sealed record PublishWorkflowDraft(string ProcessId, int Revision) : ICommand<PublishedWorkflowVersion>, IAuditTarget
{
    public string AuditTarget => "workflow:" + ProcessId;
}

internal sealed class PublishWorkflowDraftHandler(CaseDbContext db, WorkflowDefinitionStore store)
    : IRequestHandler<PublishWorkflowDraft, PublishedWorkflowVersion>
{
    public async Task<PublishedWorkflowVersion> Handle(PublishWorkflowDraft request, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"wf_draft:" + request.ProcessId}))", cancellationToken);
        var draft = await db.WorkflowDrafts.SingleOrDefaultAsync(d => d.ProcessId == request.ProcessId, cancellationToken)
            ?? throw new NotFoundException(Messages.Get("WorkflowDraftGone"));
        if (draft.Revision != request.Revision) throw draft.SavedByOther();

        var issues = WorkflowIssues.Check(draft.BpmnXml, request.ProcessId);
        if (issues.Count > 0) throw new WorkflowCheckFailedException(issues);

        var deployed = (await store.PublishAsync(db.WorkflowSession(), draft.BpmnXml, cancellationToken)).Single();
        db.WorkflowDrafts.Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
        return new PublishedWorkflowVersion(deployed.Id, deployed.ProcessId, deployed.Version, deployed.IsNewVersion);
    }
}
