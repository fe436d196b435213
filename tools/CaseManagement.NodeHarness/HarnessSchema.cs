using Npgsql;

namespace CaseManagement.NodeHarness;

/// <summary>The harness's own tables: every delivery and every timer firing it saw, so that duplicates show.</summary>
public static class HarnessSchema
{
    public const string DeliveryChannel = "harness_delivery";
    public const string TimerChannel = "harness_timer";

    /// <remarks>The statements run as one implicit transaction, so the lock is the transaction's: a session lock released
    /// by the last statement let a second node in before the first committed, and its CREATE TABLE IF NOT EXISTS then
    /// collided with the uncommitted table (23505 on pg_type).</remarks>
    public static async Task EnsureAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand(
            """
            SELECT pg_advisory_xact_lock(hashtext('harness_schema'));
            CREATE TABLE IF NOT EXISTS harness_deliveries (
                id bigserial PRIMARY KEY, idempotency_key text NOT NULL, instance_id uuid NOT NULL, element_id text NOT NULL,
                node text NOT NULL, pid int NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp());
            CREATE TABLE IF NOT EXISTS harness_timer_firings (
                id bigserial PRIMARY KEY, timer_id uuid NOT NULL, applied boolean NOT NULL,
                node text NOT NULL, pid int NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp());
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
