using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CaseManagement.Core.Audit;

/// <summary>Appends rows to the hash-chained audit log through <c>audit_append()</c> (migration 0027), which locks the
/// chain head until the transaction ends. A command's rows wait in <see cref="Record"/> until just before its commit,
/// so the head is held for the commit only, not for the whole workflow step; reads and refusals append at once.</summary>
public sealed class AuditTrail(CaseDbContext db)
{
    private readonly List<(object Request, AuditEntry Entry)> pending = [];

    /// <summary>How deep the current request is nested (1 = sent by a page, job or test, not by another handler).</summary>
    internal int Depth { get; set; }

    internal void Record(object request, AuditEntry entry) => pending.Add((request, entry));

    /// <summary>The command succeeded: if its response names what it created or changed ("case:…"), that becomes the
    /// row's target, and what it was asked about ("category:…") its detail.</summary>
    internal void Complete(object request, object? response)
    {
        if (response is not IAuditTarget created)
        {
            return;
        }

        foreach (var (_, entry) in pending.Where(p => ReferenceEquals(p.Request, request) && p.Entry.Target != created.AuditTarget))
        {
            entry.Detail ??= entry.Target;
            entry.Target = created.AuditTarget;
        }
    }

    internal void Forget(object request) => pending.RemoveAll(p => ReferenceEquals(p.Request, request));

    internal void Discard() => pending.Clear();

    /// <summary>Appends the rows recorded for the current command inside its transaction (called just before commit).</summary>
    internal async Task FlushAsync(CancellationToken ct)
    {
        foreach (var (_, entry) in pending)
        {
            await AppendAsync(entry, ct);
        }

        pending.Clear();
    }

    /// <summary>Appends one row now, in the context's current transaction if there is one, else on its own.</summary>
    public async Task<long> AppendAsync(AuditEntry entry, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = new NpgsqlCommand(
                "SELECT audit_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                (NpgsqlConnection)db.Database.GetDbConnection(),
                (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = entry.At.ToUniversalTime() });
            foreach (var text in new[] { entry.Kind, entry.Actor, entry.ActorRole, entry.Ip, entry.UserAgent, entry.Action, entry.Target, entry.Outcome, entry.Detail })
            {
                cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)text ?? DBNull.Value });
            }

            return (long)(await cmd.ExecuteScalarAsync(ct))!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
