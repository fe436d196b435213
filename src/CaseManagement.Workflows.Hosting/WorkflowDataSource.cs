using Npgsql;

namespace CaseManagement.Workflows.Hosting;

/// <summary>The connection settings a workflow node runs with. A step sends the same dozen statements again and
/// again; unprepared, PostgreSQL parsed and planned each one every time, which was half of its CPU per step
/// (docs/PERFORMANCE.md). Auto-preparing them per pooled connection is Npgsql's own remedy.</summary>
public static class WorkflowDataSource
{
    /// <summary>Statements kept prepared per connection, unless the connection string says otherwise.</summary>
    public const int AutoPreparedStatements = 64;

    /// <summary>The connection string with auto-preparation switched on (an explicit Max Auto Prepare is kept).</summary>
    public static string Tune(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        return builder.ConnectionString;
    }

    /// <summary>Quartz's own connections: <see cref="Tune"/>d, without the per-return session reset (Quartz keeps no
    /// session state), and with asynchronous commit. Quartz commits every acquisition, firing and completion while it
    /// holds its TRIGGER_ACCESS row lock, so each waited for a WAL flush with every other node and job queued behind
    /// it. Losing such a commit in a PostgreSQL crash loses nothing a user could see: the outbox row that scheduled the
    /// timer is marked delivered by a later synchronous commit (whose flush covers the earlier WAL), a lost firing
    /// is fired again, and firing is idempotent (ADR 0017).</summary>
    public static string ForQuartz(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(Tune(connectionString)) { NoResetOnClose = true };
        builder.Options = (builder.Options is { Length: > 0 } options ? options + " " : "") + "-c synchronous_commit=off";
        return builder.ConnectionString;
    }

    /// <summary>A data source over <see cref="Tune"/>d settings.</summary>
    public static NpgsqlDataSource Create(string connectionString) => NpgsqlDataSource.Create(Tune(connectionString));
}
