using CaseManagement.Core.Audit;
using CaseManagement.Core.Common.Messaging;
using MediatR;

namespace CaseManagement.Core.Common.Behaviours;

/// <summary>Innermost: one transaction per outermost command; nested commands join it. Changes tracked by the
/// context are saved, then the command's audit rows appended to the chain, just before commit;
/// <see cref="AfterCommit"/> notifications are published after it, and dropped if the command fails.</summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(CaseDbContext db, AuditTrail trail, AfterCommit afterCommit, IMediator mediator)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse> || db.Database.CurrentTransaction is not null)
        {
            return await next();
        }

        TResponse response;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            response = await next();
            trail.Complete(request!, response);
            await db.SaveChangesAsync(cancellationToken);
            // Last before commit: audit_append locks the chain head until the transaction ends.
            await trail.FlushAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }
        catch
        {
            trail.Discard();
            afterCommit.Drain();
            throw;
        }

        foreach (var notification in afterCommit.Drain())
        {
            // Committed already: a listener's failure must not turn the command into a failure.
            await mediator.Publish(notification, CancellationToken.None);
        }

        return response;
    }
}
