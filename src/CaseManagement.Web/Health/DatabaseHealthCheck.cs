using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace CaseManagement.Web.Health;

/// <summary>Ready: the database answers a query.</summary>
internal sealed class DatabaseHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var cmd = dataSource.CreateCommand("SELECT 1");
            await cmd.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("database reachable");
        }
        catch (NpgsqlException e)
        {
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}
