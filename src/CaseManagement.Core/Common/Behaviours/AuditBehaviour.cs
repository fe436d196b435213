using CaseManagement.Core.Audit;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Common.Behaviours;

/// <summary>Adds the audit row of a command to the context, so it commits in the same transaction as the change
/// or not at all. Refusals and failures are recorded by <see cref="ExceptionBehaviour{TRequest, TResponse}"/>; a
/// handler that refuses without throwing says so through <see cref="AuditOutcome"/>.</summary>
public sealed class AuditBehaviour<TRequest, TResponse>(CaseDbContext db, ICurrentActor actor, TimeProvider clock, AuditOutcome outcome)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        var entry = AuditEntries.For(request!, actor, clock, "succeeded");
        db.AuditLog.Add(entry);
        var outer = outcome.Entry;
        outcome.Entry = entry;
        try
        {
            return await next();
        }
        finally
        {
            outcome.Entry = outer;
        }
    }
}
