using CaseManagement.Core.Operations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CaseManagement.Web.Health;

/// <summary>Ready: the outbox is being delivered (backlog and oldest undelivered row under CaseManagement:Operations).</summary>
internal sealed class OutboxHealthCheck(OperationsProbe probe, IOptions<OperationsOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var limits = options.Value;
            var backlog = await probe.OutboxBacklogAsync(cancellationToken);
            var data = new Dictionary<string, object>
            {
                ["backlog"] = backlog.Count,
                ["oldestAgeSeconds"] = Math.Round(backlog.OldestAge?.TotalSeconds ?? 0),
                ["backlogLimit"] = limits.OutboxBacklogLimit,
                ["maxAgeSeconds"] = limits.OutboxMaxAge.TotalSeconds,
            };
            return OutboxHealth.IsHealthy(backlog, limits)
                ? HealthCheckResult.Healthy("outbox delivered", data)
                : HealthCheckResult.Unhealthy("outbox backlog or oldest undelivered message over the limit", data: data);
        }
        catch (NpgsqlException e)
        {
            return HealthCheckResult.Unhealthy("outbox unreadable", e);
        }
    }
}
