using CaseManagement.Core.Common.Messaging;
using MediatR;

namespace CaseManagement.Core.Common.Behaviours;

/// <summary>Innermost: one transaction per outermost command; nested commands join it. Changes tracked by the
/// context (including the audit row) are saved just before commit.</summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(CaseDbContext db) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse> || db.Database.CurrentTransaction is not null)
        {
            return await next();
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return response;
    }
}
