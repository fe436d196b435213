using CaseManagement.Core.Audit;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Common.Behaviours;

/// <summary>Records a command's audit row for its transaction: <see cref="TransactionBehaviour{TRequest, TResponse}"/>
/// appends it just before commit, so it commits with the change or not at all. An outermost read of personal data
/// (<see cref="AuditedRead{TRequest, TResponse}"/>) is appended once the handler has read it and before the data is
/// returned: no read without its row. Refusals and failures are recorded by <see cref="ExceptionBehaviour{TRequest, TResponse}"/>; a
/// handler that refuses without throwing says so through <see cref="AuditOutcome"/>.</summary>
public sealed class AuditBehaviour<TRequest, TResponse>(CaseDbContext db, AuditTrail trail, ICurrentActor actor, TimeProvider clock, AuditOutcome outcome)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is ICommand<TResponse>)
        {
            var entry = AuditEntries.For(request!, AuditKinds.Command, actor, clock, "succeeded");
            trail.Record(request!, entry);
            var outer = outcome.Entry;
            outcome.Entry = entry;
            try
            {
                var result = await next();
                trail.Complete(request!, result);
                return result;
            }
            catch
            {
                trail.Forget(request!);
                throw;
            }
            finally
            {
                outcome.Entry = outer;
            }
        }

        if (!AuditedRead<TRequest, TResponse>.Applies || trail.Depth > 1 || db.Database.CurrentTransaction is not null)
        {
            return await next();
        }

        var response = await next();
        await trail.AppendAsync(AuditEntries.For(request!, AuditKinds.Read, actor, clock, "succeeded", response: response), cancellationToken);
        return response;
    }
}
