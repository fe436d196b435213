using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>The draft of a DMN document, or its latest published version as revision 0 when nobody has started one.</summary>
[Authorize(Roles.Admin)]
public sealed record GetDecisionDraft(string DecisionRef) : IQuery<DecisionDraftView>;

internal sealed class GetDecisionDraftHandler(CaseDbContext db) : IRequestHandler<GetDecisionDraft, DecisionDraftView>
{
    public async Task<DecisionDraftView> Handle(GetDecisionDraft request, CancellationToken cancellationToken)
    {
        var draft = await db.DecisionDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.DecisionRef == request.DecisionRef, cancellationToken);
        if (draft is not null)
        {
            return new DecisionDraftView(draft.DecisionRef, draft.DmnXml, draft.Revision, draft.BasedOnVersion, draft.UpdatedAt, draft.UpdatedByName);
        }

        var latest = await db.DecisionVersions.AsNoTracking().Where(d => d.DecisionRef == request.DecisionRef)
            .OrderByDescending(d => d.Version).Select(d => new { d.DmnXml, d.Version }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Get("DecisionNotFound"));
        return new DecisionDraftView(request.DecisionRef, latest.DmnXml, 0, latest.Version, null, null);
    }
}
