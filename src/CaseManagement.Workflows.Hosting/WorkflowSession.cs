using Npgsql;

namespace CaseManagement.Workflows.Hosting;

/// <summary>The open connection and transaction a step runs in; the caller commits, so the case's own
/// changes and the engine's land together or not at all.</summary>
public sealed record WorkflowSession(NpgsqlConnection Connection, NpgsqlTransaction Transaction)
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Callers pass constant SQL; values always go in parameters.")]
    internal NpgsqlCommand Command(string sql, params object?[] args)
    {
        var cmd = new NpgsqlCommand(sql, Connection, Transaction);
        foreach (var a in args)
        {
            cmd.Parameters.Add(DbValue.Parameter(a));
        }

        return cmd;
    }

    internal async Task<int> ExecuteAsync(string sql, CancellationToken ct, params object?[] args)
    {
        await using var cmd = Command(sql, args);
        return await cmd.ExecuteNonQueryAsync(ct);
    }
}
