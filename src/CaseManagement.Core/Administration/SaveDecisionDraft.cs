using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Saves the editor's DMN document as the draft, only if nobody saved since <see cref="Revision"/> (0: there
/// was no draft). A draft may be incomplete or even malformed; the check before publishing judges it.</summary>
[Authorize(Roles.Admin)]
public sealed record SaveDecisionDraft(string DecisionRef, string DmnXml, int Revision) : ICommand<WorkflowDraftSaved>, IAuditTarget
{
    public string AuditTarget => "decision:" + DecisionRef;
}

internal sealed class SaveDecisionDraftHandler(CaseDbContext db, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<SaveDecisionDraft, WorkflowDraftSaved>
{
    public async Task<WorkflowDraftSaved> Handle(SaveDecisionDraft request, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"dmn_draft:" + request.DecisionRef}))", cancellationToken);
        var draft = await db.DecisionDrafts.SingleOrDefaultAsync(d => d.DecisionRef == request.DecisionRef, cancellationToken);
        if ((draft?.Revision ?? 0) != request.Revision)
        {
            throw draft is null ? new ConflictException(Messages.Get("WorkflowDraftGone")) : draft.SavedByOther();
        }

        var now = clock.GetUtcNow();
        if (draft is null)
        {
            var basedOn = await db.DecisionVersions.Where(d => d.DecisionRef == request.DecisionRef).MaxAsync(d => (int?)d.Version, cancellationToken)
                ?? throw new NotFoundException(Messages.Get("DecisionNotFound"));
            draft = new DecisionDraft { DecisionRef = request.DecisionRef, DmnXml = request.DmnXml, UpdatedBy = actor.AuditName, BasedOnVersion = basedOn };
            db.DecisionDrafts.Add(draft);
        }

        draft.DmnXml = request.DmnXml;
        draft.Revision = request.Revision + 1;
        draft.UpdatedAt = now;
        draft.UpdatedBy = actor.AuditName;
        draft.UpdatedByName = actor.DisplayName;
        await db.SaveChangesAsync(cancellationToken);
        return new WorkflowDraftSaved(draft.Revision, now);
    }
}
