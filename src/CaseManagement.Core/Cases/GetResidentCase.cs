using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>One case of the signed-in resident. Someone else's case is refused, and the refusal is audited (the
/// request names its target), whether the case exists or not.</summary>
[AllowAnyone]
public sealed record GetResidentCase(Guid CaseId) : IQuery<CaseView>, IAuditTarget
{
    public string AuditTarget => "case:" + CaseId;
}

internal sealed class GetResidentCaseHandler(CaseDbContext db, IMediator mediator, ICurrentActor actor) : IRequestHandler<GetResidentCase, CaseView>
{
    public async Task<CaseView> Handle(GetResidentCase request, CancellationToken cancellationToken)
    {
        var me = actor.ResidentId ?? throw new ForbiddenException(Messages.Get("ResidentSignInRequired"));
        var owner = await db.Cases.AsNoTracking().Where(c => c.Id == request.CaseId).Select(c => new { c.ResidentId }).SingleOrDefaultAsync(cancellationToken);
        if (owner?.ResidentId != me)
        {
            throw new ForbiddenException(Messages.Get("NotYourCase"));
        }

        return (await CaseQueries.ViewsAsync(db, mediator, c => c.Id == request.CaseId, cancellationToken)).Single();
    }
}
