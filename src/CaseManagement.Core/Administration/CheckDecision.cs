using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Administration;

/// <summary>The check before publishing, on a DMN document as the editor holds it: empty when it may be published.
/// With <see cref="DecisionRef"/>, it also requires every decision of the latest published version to be kept.</summary>
[Authorize(Roles.Admin)]
public sealed record CheckDecision(string DmnXml, string? DecisionRef = null) : IQuery<IReadOnlyList<DecisionIssueView>>;

internal sealed class CheckDecisionHandler(CaseDbContext db) : IRequestHandler<CheckDecision, IReadOnlyList<DecisionIssueView>>
{
    public async Task<IReadOnlyList<DecisionIssueView>> Handle(CheckDecision request, CancellationToken cancellationToken) =>
        DecisionIssues.Check(request.DmnXml, request.DecisionRef is null ? null : await PublishedDecisionIds.OfLatestAsync(db, request.DecisionRef, cancellationToken));
}
