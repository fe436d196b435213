using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CaseManagement.Workflows.Hosting.Outbox;

/// <summary>Delivers committed outbox rows at least once. Rows are claimed with FOR UPDATE SKIP LOCKED so that
/// several nodes share the work; a failed delivery is retried with back-off; NOTIFY wakes it at once.</summary>
public sealed class OutboxDispatcher(
    NpgsqlDataSource dataSource, IEnumerable<IOutboxHandler> handlers, IOptions<WorkflowHostingOptions> options,
    TimeProvider clock, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, IOutboxHandler> byKind = handlers.ToDictionary(h => h.Kind);

    /// <summary>Delivers what is due now; returns how many rows it handled (delivered or failed).</summary>
    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var due = new List<OutboxMessage>();
        await using (var cmd = new NpgsqlCommand(
            """
            SELECT id, instance_id, kind, idempotency_key, payload::text, attempts FROM wf_outbox
            WHERE delivered_at IS NULL AND available_at <= $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED
            """, conn, tx))
        {
            cmd.Parameters.Add(DbValue.Parameter(clock.GetUtcNow()));
            cmd.Parameters.Add(DbValue.Parameter(options.Value.OutboxBatchSize));
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                due.Add(new OutboxMessage(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetGuid(1), reader.GetString(2),
                    reader.GetString(3), reader.GetString(4), reader.GetInt32(5)));
            }
        }

        var delivered = new List<long>();
        // Consecutive rows of one kind go together, so that a timer's cancel never overtakes its schedule.
        foreach (var run in Runs(due))
        {
            if (run.Count > 1 && byKind.GetValueOrDefault(run[0].Kind) is IOutboxBatchHandler batch && await TryDeliverAllAsync(batch, run, ct))
            {
                delivered.AddRange(run.Select(m => m.Id));
                continue;
            }

            foreach (var message in run)
            {
                if (await TryDeliverAsync(message, ct) is { } error)
                {
                    await using var failed = new NpgsqlCommand(
                        "UPDATE wf_outbox SET available_at = $2, attempts = attempts + 1, last_error = $3 WHERE id = $1", conn, tx);
                    failed.Parameters.Add(DbValue.Parameter(message.Id));
                    failed.Parameters.Add(DbValue.Parameter(clock.GetUtcNow() + Backoff(message.Attempts)));
                    failed.Parameters.Add(DbValue.Parameter(error));
                    await failed.ExecuteNonQueryAsync(ct);
                }
                else
                {
                    delivered.Add(message.Id);
                }
            }
        }

        if (delivered.Count > 0)
        {
            await using var mark = new NpgsqlCommand(
                "UPDATE wf_outbox SET delivered_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = ANY($1)", conn, tx);
            mark.Parameters.Add(DbValue.Parameter(delivered.ToArray()));
            mark.Parameters.Add(DbValue.Parameter(clock.GetUtcNow()));
            await mark.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        return due.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var listener = await dataSource.OpenConnectionAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand("LISTEN " + OutboxKinds.Channel, listener))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DeliverDueAsync(stoppingToken) > 0)
                {
                }

                // Sleep until a step commits new rows (NOTIFY) or the poll interval passes (retries, missed notifies).
                await listener.WaitAsync(options.Value.OutboxPollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                logger.LogWarning(e, "Outbox dispatch failed; retrying");
                await Task.Delay(options.Value.OutboxPollInterval, stoppingToken);
            }
        }
    }

    private static IEnumerable<List<OutboxMessage>> Runs(List<OutboxMessage> messages)
    {
        var run = new List<OutboxMessage>();
        foreach (var message in messages)
        {
            if (run.Count > 0 && run[0].Kind != message.Kind)
            {
                yield return run;
                run = [];
            }

            run.Add(message);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private async Task<bool> TryDeliverAllAsync(IOutboxBatchHandler handler, List<OutboxMessage> run, CancellationToken ct)
    {
        try
        {
            await handler.DeliverAllAsync(run, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Delivering {Count} outbox rows ({Kind}) at once failed; delivering them one by one", run.Count, handler.Kind);
            return false;
        }
    }

    private async Task<string?> TryDeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        if (!byKind.TryGetValue(message.Kind, out var handler))
        {
            return $"no handler for outbox kind '{message.Kind}'";
        }

        // Cheap correlation for JSON logs (docs/OPERATIONS.md): whatever the handler logs names the row and instance.
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["OutboxId"] = message.Id, ["InstanceId"] = message.InstanceId });
        try
        {
            await handler.DeliverAsync(message, ct);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Delivering outbox row {Id} ({Kind}) failed", message.Id, message.Kind);
            return e.GetType().Name + ": " + e.Message;
        }
    }

    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Math.Min(attempts, 8))));
}
