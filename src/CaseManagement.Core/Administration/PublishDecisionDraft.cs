using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using CaseManagement.Workflows.Dmn;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Publishes the DMN draft, as the admin last saw it (<see cref="Revision"/>), as the document's next
/// immutable version — only if the check before publishing finds nothing. Business rule tasks that run from then on
/// evaluate it (ADR 0022).</summary>
[Authorize(Roles.Admin)]
public sealed record PublishDecisionDraft(string DecisionRef, int Revision) : ICommand<PublishedDecision>, IAuditTarget
{
    public string AuditTarget => "decision:" + DecisionRef;
}

internal sealed class PublishDecisionDraftHandler(CaseDbContext db, ICurrentActor actor, TimeProvider clock, CaseManagement.Workflows.Hosting.LatestDefinitions latest)
    : IRequestHandler<PublishDecisionDraft, PublishedDecision>
{
    public async Task<PublishedDecision> Handle(PublishDecisionDraft request, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"dmn_draft:" + request.DecisionRef}))", cancellationToken);
        var draft = await db.DecisionDrafts.SingleOrDefaultAsync(d => d.DecisionRef == request.DecisionRef, cancellationToken)
            ?? throw new ConflictException(Messages.Get("WorkflowDraftGone"));
        if (draft.Revision != request.Revision) throw draft.SavedByOther();

        var issues = DecisionIssues.Check(draft.DmnXml, await PublishedDecisionIds.OfLatestAsync(db, request.DecisionRef, cancellationToken));
        if (issues.Count > 0) throw new DecisionCheckFailedException(issues);

        var published = await DecisionVersions.AppendAsync(db, latest, request.DecisionRef, draft.DmnXml, DmnReader.Read(draft.DmnXml), actor.AuditName,
            clock.GetUtcNow(), unlessEverPublished: false, cancellationToken);
        db.DecisionDrafts.Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
        return published;
    }
}
