using Npgsql;

namespace CaseManagement.Core.Tests.Audit;

/// <summary>Plain SQL against a test database, as the owner (who can tamper) or as the application's role.</summary>
internal static class AuditDatabase
{
    public static async Task<int> ExecuteAsync(string connectionString, string sql, params object[] args)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
#pragma warning disable CA2100 // test SQL, values as parameters
        await using var cmd = new NpgsqlCommand(sql, conn);
#pragma warning restore CA2100
        foreach (var a in args)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        }

        return await cmd.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql, params object[] args)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
#pragma warning disable CA2100 // test SQL, values as parameters
        await using var cmd = new NpgsqlCommand(sql, conn);
#pragma warning restore CA2100
        foreach (var a in args)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        }

        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
