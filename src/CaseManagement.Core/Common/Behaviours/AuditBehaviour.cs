using CaseManagement.Core.Audit;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Common.Behaviours;

/// <summary>Writes one audit row per command. On success the row commits with the change (same transaction);
/// on refusal or failure the change is rolled back and a separate row records the attempt.</summary>
public sealed class AuditBehaviour<TRequest, TResponse>(CaseDbContext db, ICurrentActor actor, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        db.AuditLog.Add(Entry(request, "succeeded"));
        try
        {
            return await next();
        }
        catch (Exception e)
        {
            if (db.Database.CurrentTransaction is not null)
            {
                throw; // a nested command: the outermost one records the attempt
            }

            db.ChangeTracker.Clear();
            db.AuditLog.Add(Entry(request, e is Errors.UseCaseException or FluentValidation.ValidationException ? "refused" : "failed", e.GetType().Name));
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    private AuditEntry Entry(TRequest request, string outcome, string? detail = null) => new()
    {
        At = clock.GetUtcNow(),
        Actor = actor.AuditName,
        ActorRole = Roles.All.FirstOrDefault(actor.IsInRole) is { } r && actor.StaffId is not null ? r : null,
        Ip = actor.IpAddress,
        UserAgent = actor.UserAgent is { Length: > 400 } ua ? ua[..400] : actor.UserAgent,
        Action = typeof(TRequest).Name,
        Target = (request as IAuditTarget)?.AuditTarget,
        Outcome = outcome,
        Detail = detail,
    };
}
