using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Saves the designer's diagram as the process's draft, only if nobody saved since <see cref="Revision"/>
/// (0: there was no draft). A draft may be incomplete; the check before publishing judges it.</summary>
[Authorize(Roles.Admin)]
public sealed record SaveWorkflowDraft(string ProcessId, string BpmnXml, int Revision) : ICommand<WorkflowDraftSaved>, IAuditTarget
{
    public string AuditTarget => "workflow:" + ProcessId;
}

internal sealed class SaveWorkflowDraftHandler(CaseDbContext db, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<SaveWorkflowDraft, WorkflowDraftSaved>
{
    public async Task<WorkflowDraftSaved> Handle(SaveWorkflowDraft request, CancellationToken cancellationToken)
    {
        // Saves of one process queue up here, so the revision read below is still current when written.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"wf_draft:" + request.ProcessId}))", cancellationToken);
        var draft = await db.WorkflowDrafts.SingleOrDefaultAsync(d => d.ProcessId == request.ProcessId, cancellationToken);
        if ((draft?.Revision ?? 0) != request.Revision)
        {
            throw draft is null
                ? new ConflictException(Messages.Get("WorkflowDraftGone"))
                : draft.SavedByOther();
        }

        var now = clock.GetUtcNow();
        if (draft is null)
        {
            var basedOn = await db.WorkflowDefinitions.Where(d => d.ProcessId == request.ProcessId).MaxAsync(d => (int?)d.Version, cancellationToken);
            draft = new WorkflowDraft { ProcessId = request.ProcessId, BpmnXml = request.BpmnXml, UpdatedBy = actor.AuditName, BasedOnVersion = basedOn };
            db.WorkflowDrafts.Add(draft);
        }

        draft.BpmnXml = request.BpmnXml;
        draft.Revision = request.Revision + 1;
        draft.UpdatedAt = now;
        draft.UpdatedBy = actor.AuditName;
        draft.UpdatedByName = actor.DisplayName;
        await db.SaveChangesAsync(cancellationToken);
        return new WorkflowDraftSaved(draft.Revision, now);
    }
}
