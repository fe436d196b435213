using Npgsql;

namespace CaseManagement.Workflows.Hosting.Timers;

/// <summary>The default: fire the timer in its own transaction, nothing else.</summary>
public sealed class DirectWorkflowTimerHandler(NpgsqlDataSource dataSource, WorkflowRuntime runtime) : IWorkflowTimerHandler
{
    public async Task FireAsync(Guid timerId, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await runtime.FireTimerAsync(new WorkflowSession(conn, tx), timerId, ct);
        await tx.CommitAsync(ct);
    }
}
