using CaseManagement.Core.Audit;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Common.Behaviours;

/// <summary>Adds the audit row of a command to the context, so it commits in the same transaction as the change
/// or not at all. Refusals and failures are recorded by <see cref="ExceptionBehaviour{TRequest, TResponse}"/>.</summary>
public sealed class AuditBehaviour<TRequest, TResponse>(CaseDbContext db, ICurrentActor actor, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is ICommand<TResponse>)
        {
            db.AuditLog.Add(AuditEntries.For(request!, actor, clock, "succeeded"));
        }

        return next();
    }
}
