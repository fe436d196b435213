using Npgsql;

namespace CaseManagement.Testing.Database;

/// <summary>Searches every text, JSON and byte column of every table for a string: the proof that something (a
/// resident's LINE message) was stored nowhere at all.</summary>
public static class DatabaseSearch
{
    /// <summary>"table.column" of every column holding <paramref name="text"/>.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(string connectionString, string text)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var columns = new List<(string Table, string Column, bool Bytes)>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT c.table_name, c.column_name, c.data_type = 'bytea'
            FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
              AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')
            """, conn))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
            }
        }

        var found = new List<string>();
        foreach (var (table, column, bytes) in columns)
        {
            var condition = bytes ? $"position(convert_to($1, 'UTF8') in {Quote(column)}) > 0" : $"strpos({Quote(column)}::text, $1) > 0";
#pragma warning disable CA2100 // identifiers come from the catalogue and are quoted; the value is a parameter
            await using var cmd = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {Quote(table)} WHERE {condition})", conn);
#pragma warning restore CA2100
            cmd.Parameters.Add(new NpgsqlParameter { Value = text });
            if ((bool)(await cmd.ExecuteScalarAsync())!)
            {
                found.Add(table + "." + column);
            }
        }

        return found;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
