using CaseManagement.Core.Audit;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using CaseManagement.Workflows.Hosting;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CaseManagement.Core.Common.Behaviours;

/// <summary>Outermost: turns lost races into a <see cref="ConflictException"/> people can act on, logs the
/// unexpected, and records every refused or failed command in the audit log (its own change was rolled back).</summary>
public sealed class ExceptionBehaviour<TRequest, TResponse>(
    CaseDbContext db, ICurrentActor actor, TimeProvider clock, ILogger<ExceptionBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (Exception e)
        {
            var translated = Translate(e);
            if (ShouldRecord(request, translated, e))
            {
                // Only the outermost command records: a nested one's failure is its caller's failure.
                e.Data[RecordedKey] = true;
                db.ChangeTracker.Clear();
                var refused = translated is UseCaseException or ValidationException;
                db.AuditLog.Add(AuditEntries.For(request!, actor, clock, refused ? "refused" : "failed", translated.GetType().Name));
                await db.SaveChangesAsync(CancellationToken.None);
            }

            if (translated is not UseCaseException and not ValidationException and not OperationCanceledException)
            {
                logger.LogError(e, "{Request} failed", typeof(TRequest).Name);
            }

            if (ReferenceEquals(translated, e))
            {
                throw;
            }

            throw translated;
        }
    }

    private const string RecordedKey = "cm:audit-recorded";

    // Commands: every refusal or failure, by the outermost command. Reads: a refusal of a read that names its target
    // (someone tried to open a case that is not theirs), once, however deeply the refusing query was nested.
    private bool ShouldRecord(TRequest request, Exception translated, Exception original) =>
        db.Database.CurrentTransaction is null && (request is ICommand<TResponse>
            || (request is IAuditTarget && translated is ForbiddenException && !original.Data.Contains(RecordedKey)));

    private static Exception Translate(Exception e) => e switch
    {
        DbUpdateConcurrencyException => new ConflictException(Messages.Get("ConcurrentChange")),
        PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected } =>
            new ConflictException(Messages.Get("ConcurrentChange")),
        WorkflowConflictException { Reason: WorkflowConflictReason.TaskNotFound } => new NotFoundException(Messages.Get("TaskNotFound")),
        WorkflowConflictException => new ConflictException(Messages.Get("TaskNotOpen")),
        _ => e,
    };
}
