using Npgsql;

namespace CaseManagement.Web.Tests.Operations;

/// <summary>SQL as the owner of the tables, for rows the app itself never writes (backup runs, a stuck outbox row).</summary>
internal static class OperationsDatabase
{
    public static async Task ExecuteAsync(string ownerConnectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(ownerConnectionString);
        await conn.OpenAsync();
#pragma warning disable CA2100 // test-owned SQL
        await using var cmd = new NpgsqlCommand(sql, conn);
#pragma warning restore CA2100
        await cmd.ExecuteNonQueryAsync();
    }

    public static async Task<long> CountAsync(string ownerConnectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(ownerConnectionString);
        await conn.OpenAsync();
#pragma warning disable CA2100 // test-owned SQL
        await using var cmd = new NpgsqlCommand(sql, conn);
#pragma warning restore CA2100
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
