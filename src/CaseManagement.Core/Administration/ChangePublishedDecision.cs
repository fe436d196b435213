using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>An attempt to overwrite a published version (PUT on a version): always refused, in the admin's language,
/// with the way to do it instead — edit the draft and publish the next version. The database refuses it too.</summary>
[Authorize(Roles.Admin)]
public sealed record ChangePublishedDecision(string DecisionRef, int Version) : ICommand<bool>, IAuditTarget
{
    public string AuditTarget => "decision:" + DecisionRef;
}

internal sealed class ChangePublishedDecisionHandler(CaseDbContext db) : IRequestHandler<ChangePublishedDecision, bool>
{
    public async Task<bool> Handle(ChangePublishedDecision request, CancellationToken cancellationToken) =>
        await db.DecisionVersions.AnyAsync(d => d.DecisionRef == request.DecisionRef && d.Version == request.Version, cancellationToken)
            ? throw new ConflictException(Messages.Format("DecisionVersionImmutable", request.Version))
            : throw new NotFoundException(Messages.Get("WorkflowVersionNotFound"));
}
