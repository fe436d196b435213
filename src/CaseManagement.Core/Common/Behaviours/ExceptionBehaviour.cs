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
/// unexpected, and records every refused or failed command, and every refused read of personal data, in the audit
/// log (the command's own change, and its pending audit row, were rolled back).</summary>
public sealed class ExceptionBehaviour<TRequest, TResponse>(
    CaseDbContext db, AuditTrail trail, ICurrentActor actor, TimeProvider clock, ILogger<ExceptionBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        trail.Depth++;
        try
        {
            return await next();
        }
        catch (Exception e)
        {
            var translated = Translate(e);
            // Only the outermost command or read records: a nested one's failure is its caller's failure. A refused read
            // that names its target (someone opening a case that is not theirs) records once, however deeply it was nested.
            var command = request is ICommand<TResponse>;
            if (ShouldRecord(request, command, translated, e))
            {
                // (on the translated exception too: that is the one an outer behaviour sees)
                e.Data[RecordedKey] = true;
                translated.Data[RecordedKey] = true;
                db.ChangeTracker.Clear();
                trail.Discard();
                var refused = translated is UseCaseException or ValidationException;
                await trail.AppendAsync(AuditEntries.For(request!, command ? AuditKinds.Command : AuditKinds.Read, actor, clock,
                    refused ? "refused" : "failed", translated.GetType().Name), CancellationToken.None);
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
        finally
        {
            trail.Depth--;
        }
    }

    private const string RecordedKey = "cm:audit-recorded";

    // Commands: every refusal or failure, by the outermost command (a nested one runs in its caller's transaction).
    // Reads of personal data: by the outermost read. Any read that names its target and is refused as forbidden: once.
    private bool ShouldRecord(TRequest request, bool command, Exception translated, Exception original) =>
        db.Database.CurrentTransaction is null && !original.Data.Contains(RecordedKey)
        && (command
            || (AuditedRead<TRequest, TResponse>.Applies && trail.Depth == 1)
            || (request is IAuditTarget && translated is ForbiddenException));

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
