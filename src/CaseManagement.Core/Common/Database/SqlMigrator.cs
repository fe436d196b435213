using Microsoft.Extensions.Logging;
using Npgsql;

namespace CaseManagement.Core.Common.Database;

/// <summary>Applies db/migrations in order, once each, under an advisory lock so that several nodes
/// starting together do not race; every applied file is journaled with its checksum.</summary>
public sealed class SqlMigrator(ILogger<SqlMigrator> logger)
{
    // Arbitrary but fixed: the key every node takes before migrating.
    private const long AdvisoryLockKey = 0x43_4D_4D_49_47;

    public async Task<int> MigrateAsync(string connectionString, IReadOnlyList<SqlMigration> migrations, CancellationToken ct = default)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await ExecuteAsync(conn, null, "SELECT pg_advisory_lock($1)", ct, AdvisoryLockKey);
        try
        {
            // Checked first: the application role (ADR 0016) may not create tables, even one that exists.
            await ExecuteAsync(conn, null, """
                DO $$
                BEGIN
                    IF to_regclass('schema_migrations') IS NULL THEN
                        CREATE TABLE schema_migrations (
                            file_name text PRIMARY KEY,
                            checksum text NOT NULL,
                            applied_at timestamptz NOT NULL DEFAULT now());
                    END IF;
                END
                $$
                """, ct);
            var applied = await AppliedAsync(conn, ct);
            foreach (var m in migrations)
            {
                if (applied.TryGetValue(m.FileName, out var checksum) && checksum != m.Checksum)
                {
                    throw new MigrationChecksumException(m.FileName);
                }
            }

            var count = 0;
            foreach (var m in migrations.Where(m => !applied.ContainsKey(m.FileName)))
            {
                await using var tx = await conn.BeginTransactionAsync(ct);
                try
                {
                    await ExecuteAsync(conn, tx, m.Sql, ct);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
                {
                    throw new InvalidOperationException(
                        $"マイグレーション {m.FileName} を適用する権限がありません。テーブルの所有者のロールで ConnectionStrings__Migrations を設定してください " +
                        $"(deploy/DATABASE-ROLES.md) / not allowed to apply {m.FileName}: set ConnectionStrings__Migrations to the owner role", e);
                }

                await ExecuteAsync(conn, tx, "INSERT INTO schema_migrations (file_name, checksum) VALUES ($1, $2)", ct, m.FileName, m.Checksum);
                await tx.CommitAsync(ct);
                logger.LogInformation("Applied migration {File}", m.FileName);
                count++;
            }

            return count;
        }
        finally
        {
            await ExecuteAsync(conn, null, "SELECT pg_advisory_unlock($1)", CancellationToken.None, AdvisoryLockKey);
        }
    }

    private static async Task<Dictionary<string, string>> AppliedAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var cmd = new NpgsqlCommand("SELECT file_name, checksum FROM schema_migrations", conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result[reader.GetString(0)] = reader.GetString(1);
        }

        return result;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Callers pass constant SQL; values always go in parameters.")]
    private static async Task ExecuteAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, CancellationToken ct, params object[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        foreach (var a in args)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        }

        await cmd.ExecuteNonQueryAsync(ct);
    }
}
