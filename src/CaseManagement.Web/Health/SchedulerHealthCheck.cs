using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace CaseManagement.Web.Health;

/// <summary>Ready: this node's Quartz scheduler (workflow timers) is running, not in standby or shut down.</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        var data = new Dictionary<string, object> { ["state"] = status.ToString() };
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("scheduler running", data)
            : HealthCheckResult.Unhealthy("scheduler not running", data: data);
    }
}
