using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>The rules, inputs and outputs added, removed and changed between two published versions of a DMN
/// document, or between a version and the draft (<see cref="ToVersion"/> null).</summary>
[Authorize(Roles.Admin)]
public sealed record CompareDecisionVersions(string DecisionRef, int FromVersion, int? ToVersion) : IQuery<DecisionDiffView>;

internal sealed class CompareDecisionVersionsHandler(CaseDbContext db) : IRequestHandler<CompareDecisionVersions, DecisionDiffView>
{
    public async Task<DecisionDiffView> Handle(CompareDecisionVersions request, CancellationToken cancellationToken)
    {
        var from = await VersionXmlAsync(request.DecisionRef, request.FromVersion, cancellationToken);
        var to = request.ToVersion is { } version
            ? await VersionXmlAsync(request.DecisionRef, version, cancellationToken)
            : await db.DecisionDrafts.AsNoTracking().Where(d => d.DecisionRef == request.DecisionRef).Select(d => d.DmnXml).SingleOrDefaultAsync(cancellationToken)
              ?? throw new NotFoundException(Messages.Get("WorkflowDraftGone"));
        // Only a draft can be malformed: published versions passed the reader.
        var changes = DecisionDiff.Compare(from, to) ?? throw new ConflictException(Messages.Get("DecisionDraftMalformed"));
        return new DecisionDiffView(request.DecisionRef, request.FromVersion, request.ToVersion, changes);
    }

    private async Task<string> VersionXmlAsync(string decisionRef, int version, CancellationToken ct) =>
        await db.DecisionVersions.AsNoTracking().Where(d => d.DecisionRef == decisionRef && d.Version == version)
            .Select(d => d.DmnXml).SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException(Messages.Get("WorkflowVersionNotFound"));
}
