using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Workflows.Hosting;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CaseManagement.Core.Common.Behaviours;

/// <summary>Outermost: turns lost races into a <see cref="ConflictException"/> people can act on, and logs the unexpected.</summary>
public sealed class ExceptionBehaviour<TRequest, TResponse>(ILogger<ExceptionBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(Messages.Get("ConcurrentChange"));
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected)
        {
            throw new ConflictException(Messages.Get("ConcurrentChange"));
        }
        catch (WorkflowConflictException e)
        {
            throw new ConflictException(e.Message);
        }
        catch (Exception e) when (e is not UseCaseException and not FluentValidation.ValidationException and not OperationCanceledException)
        {
            logger.LogError(e, "{Request} failed", typeof(TRequest).Name);
            throw;
        }
    }
}
