using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using CaseManagement.Workflows.Dmn;
using MediatR;

namespace CaseManagement.Core.Administration;

/// <summary>At start, publishes a shipped workflows/*.dmn file under its file name, unless that exact content was
/// ever published for it (an admin may have published a newer version since, which must stay the latest).</summary>
/// <remarks>A shipped file that is not valid DMN throws <see cref="DmnImportException"/>: the start stops and says which.</remarks>
[Authorize(Roles.Admin)]
public sealed record PublishShippedDecision(string DecisionRef, string DmnXml) : ICommand<PublishedDecision>, IAuditTarget
{
    public string AuditTarget => "decision:" + DecisionRef;
}

internal sealed class PublishShippedDecisionHandler(CaseDbContext db, ICurrentActor actor, TimeProvider clock, CaseManagement.Workflows.Hosting.LatestDefinitions latest)
    : IRequestHandler<PublishShippedDecision, PublishedDecision>
{
    public Task<PublishedDecision> Handle(PublishShippedDecision request, CancellationToken cancellationToken) =>
        DecisionVersions.AppendAsync(db, latest, request.DecisionRef, request.DmnXml, DmnReader.Read(request.DmnXml), actor.AuditName,
            clock.GetUtcNow(), unlessEverPublished: true, cancellationToken);
}
