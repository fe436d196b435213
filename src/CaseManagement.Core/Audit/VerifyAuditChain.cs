using System.Data;
using System.Globalization;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CaseManagement.Core.Audit;

/// <summary>Walks the whole audit chain in id order on one snapshot and names the first row where it breaks: a row
/// altered, rows deleted (in the middle or at the end, against the chain head), or a row inserted.</summary>
[Authorize(Roles.Auditor)]
[AuditRead]
public sealed record VerifyAuditChain : IQuery<AuditChainVerification>;

internal sealed class VerifyAuditChainHandler(CaseDbContext db, TimeProvider clock) : IRequestHandler<VerifyAuditChain, AuditChainVerification>
{
    private const int Batch = 5000;

    public async Task<AuditChainVerification> Handle(VerifyAuditChain request, CancellationToken cancellationToken)
    {
        // One snapshot: rows appended meanwhile are neither half seen nor beyond the head we compare with.
        await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var (headId, headHash) = await HeadAsync(tx, cancellationToken);
        var walk = new Walk(headId, headHash, clock.GetUtcNow());
        for (var after = 0L; ;)
        {
            var rows = await db.AuditLog.AsNoTracking().Where(a => a.Id > after).OrderBy(a => a.Id).Take(Batch).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                if (walk.Check(row) is { } broken)
                {
                    return broken;
                }
            }

            if (rows.Count < Batch)
            {
                return walk.End();
            }

            after = rows[^1].Id;
        }
    }

    private async Task<(long Id, byte[] Hash)> HeadAsync(IDbContextTransaction tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1",
            (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)tx.GetDbTransaction());
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), (byte[])reader[1]);
    }

    private sealed class Walk(long headId, byte[] headHash, DateTimeOffset now)
    {
        private byte[] previous = AuditChain.Genesis.ToArray();
        private byte[]? beforePrevious;
        private long lastId;
        private long count;

        public AuditChainVerification? Check(AuditEntry row)
        {
            if (row.Id > headId)
            {
                return Broken(row.Id, AuditChainProblem.Inserted);
            }

            var selfConsistent = AuditChain.Hash(row, row.PrevHash).AsSpan().SequenceEqual(row.Hash);
            if (!row.PrevHash.AsSpan().SequenceEqual(previous))
            {
                if (beforePrevious is not null && row.PrevHash.AsSpan().SequenceEqual(beforePrevious))
                {
                    // This row still links to the one before the previous: the previous one was slipped in.
                    return Broken(lastId, AuditChainProblem.Inserted);
                }

                return selfConsistent
                    ? Broken(row.Id, AuditChainProblem.Missing, Range(lastId + 1, row.Id - 1))
                    : Broken(row.Id, AuditChainProblem.Altered);
            }

            if (!selfConsistent)
            {
                return Broken(row.Id, AuditChainProblem.Altered);
            }

            beforePrevious = previous;
            previous = row.Hash;
            lastId = row.Id;
            count++;
            return null;
        }

        public AuditChainVerification End()
        {
            if (lastId < headId)
            {
                return Broken(headId, AuditChainProblem.Missing, Range(lastId + 1, headId));
            }

            return previous.AsSpan().SequenceEqual(headHash)
                ? new AuditChainVerification(true, count, lastId, Convert.ToHexStringLower(previous), null, null, null, now)
                : Broken(lastId, AuditChainProblem.Altered);
        }

        private static string Range(long from, long to) =>
            from >= to ? from.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{from}–{to}");

        private AuditChainVerification Broken(long id, AuditChainProblem problem, string? missing = null) =>
            new(false, count, lastId, Convert.ToHexStringLower(headHash), id, problem, missing, now);
    }
}
