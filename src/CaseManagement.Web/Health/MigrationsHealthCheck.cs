using CaseManagement.Core.Operations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace CaseManagement.Web.Health;

/// <summary>Ready: every migration this build ships is in the database's journal.</summary>
internal sealed class MigrationsHealthCheck(OperationsProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await probe.PendingMigrationsAsync(cancellationToken);
            var data = new Dictionary<string, object> { ["pending"] = pending.Count };
            return pending.Count == 0
                ? HealthCheckResult.Healthy("all migrations applied", data: data)
                : HealthCheckResult.Unhealthy("migrations pending: " + string.Join(", ", pending), data: data);
        }
        catch (NpgsqlException e)
        {
            return HealthCheckResult.Unhealthy("migration journal unreadable", e);
        }
    }
}
