using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;

namespace CaseManagement.Core.Audit;

/// <summary>Builds the audit row of one request attempt: actor, role, IP, user agent, time, action, target, outcome.</summary>
internal static class AuditEntries
{
    public static AuditEntry For(object request, ICurrentActor actor, TimeProvider clock, string outcome, string? detail = null) => new()
    {
        At = clock.GetUtcNow(),
        Actor = actor.AuditName,
        ActorRole = actor.StaffId is null ? null : Roles.All.FirstOrDefault(actor.IsInRole),
        Ip = actor.IpAddress,
        UserAgent = actor.UserAgent is { Length: > 400 } ua ? ua[..400] : actor.UserAgent,
        Action = request.GetType().Name,
        Target = (request as IAuditTarget)?.AuditTarget,
        Outcome = outcome,
        Detail = detail,
    };
}
