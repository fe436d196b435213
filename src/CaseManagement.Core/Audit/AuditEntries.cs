using System.Reflection;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;

namespace CaseManagement.Core.Audit;

/// <summary>Builds the audit row of one request attempt: actor, role, IP, user agent, time, action, target, outcome.</summary>
internal static class AuditEntries
{
    // A request that does not name its target still has one when it carries one of these ids (by convention, so
    // that requests written later are targeted without further ado). Never a secret such as a resident's link token.
    private static readonly (string Property, string Prefix)[] Conventional =
        [("CaseId", "case:"), ("TaskId", "task:"), ("ResidentId", "resident:"), ("InstanceId", "instance:")];

    public static AuditEntry For(object request, string kind, ICurrentActor actor, TimeProvider clock, string outcome, string? detail = null, object? response = null) => new()
    {
        At = clock.GetUtcNow(),
        Kind = kind,
        Actor = actor.AuditName,
        ActorRole = actor.StaffId is null ? null : Roles.All.FirstOrDefault(actor.IsInRole),
        Ip = actor.IpAddress,
        UserAgent = actor.UserAgent is { Length: > 400 } ua ? ua[..400] : actor.UserAgent,
        Action = request.GetType().Name,
        Target = TargetOf(request, response),
        Outcome = outcome,
        Detail = detail,
    };

    private static string? TargetOf(object request, object? response)
    {
        if (request is IAuditTarget named)
        {
            return named.AuditTarget;
        }

        if (response is IAuditTarget read)
        {
            return read.AuditTarget;
        }

        foreach (var (property, prefix) in Conventional)
        {
            if (request.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.GetValue(request) is Guid id)
            {
                return prefix + id;
            }
        }

        return null;
    }
}
