using Npgsql;

namespace CaseManagement.Core.Common.Database;

/// <summary>The two database roles (ADR 0016): migrations run as the owner of the tables; the application logs in as a
/// member of <see cref="Application"/>, which may read and write the domain's rows but only read the audit trail.</summary>
public static class DatabaseRoles
{
    /// <summary>The group role migration 0026 grants to; a deployment's login role is made a member of it.</summary>
    public const string Application = "casemanagement_app";

    /// <summary>Creates (if missing) the group role and a login role in it, as a superuser or CREATEROLE owner.
    /// Idempotent and safe when several processes do it at once on one server.</summary>
    public static async Task EnsureApplicationLoginAsync(string adminConnectionString, string login, string? password, CancellationToken ct = default)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(login, "^[a-z_][a-z0-9_]*$"))
        {
            throw new ArgumentException($"role name '{login}' must be a plain lower-case identifier", nameof(login));
        }

        var passwordClause = password is null ? "" : " PASSWORD " + QuoteLiteral(password);
        await using var conn = new NpgsqlConnection(adminConnectionString);
        await conn.OpenAsync(ct);
        await CreateRoleAsync(conn, Application, "NOLOGIN", ct);
        await CreateRoleAsync(conn, login, $"LOGIN{passwordClause} IN ROLE {Application}", ct);
    }

    // One block per role: a lost creation race for the first must not skip the second.
    private static async Task CreateRoleAsync(NpgsqlConnection conn, string role, string options, CancellationToken ct)
    {
#pragma warning disable CA2100 // identifiers are checked plain names, the password is quoted as a literal
        await using var cmd = new NpgsqlCommand($"""
            DO $$
            BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN
                    CREATE ROLE {role} {options};
                END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END
            $$
            """, conn);
#pragma warning restore CA2100
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static string QuoteLiteral(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
