using CaseManagement.Workflows.Hosting.Outbox;
using CaseManagement.Workflows.Hosting.ServiceTasks;
using CaseManagement.Workflows.Hosting.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace CaseManagement.Workflows.Hosting;

/// <summary>Registers what runs in the background of every app node: the outbox dispatcher and the clustered
/// Quartz scheduler (tables qrtz_* from db/migrations) that fires workflow timers.</summary>
public static class WorkflowBackgroundExtensions
{
    public static IServiceCollection AddWorkflowBackgroundServices(
        this IServiceCollection services, string connectionString, Action<WorkflowHostingOptions>? configure = null)
    {
        var options = new WorkflowHostingOptions();
        configure?.Invoke(options);
        services.Configure<WorkflowHostingOptions>(o =>
        {
            o.OutboxPollInterval = options.OutboxPollInterval;
            o.OutboxBatchSize = options.OutboxBatchSize;
            o.QuartzCheckinInterval = options.QuartzCheckinInterval;
            o.QuartzConcurrency = options.QuartzConcurrency;
        });
        services.TryAddScoped<IWorkflowTimerHandler, DirectWorkflowTimerHandler>();
        services.AddSingleton<IOutboxHandler>(sp => new TimerOutboxHandler(sp.GetRequiredService<ISchedulerFactory>(), OutboxKinds.ScheduleTimer));
        services.AddSingleton<IOutboxHandler>(sp => new TimerOutboxHandler(sp.GetRequiredService<ISchedulerFactory>(), OutboxKinds.CancelTimer));
        services.AddSingleton<IOutboxHandler, ServiceTaskOutboxHandler>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());

        services.AddQuartz(q =>
        {
            // Each round acquires every trigger already due, up to the pool's size (Quartz's automatic batch). A firing
            // mostly waits for its step's commit, so twice the default pool keeps group commit busy (docs/PERFORMANCE.md).
            q.UseDefaultThreadPool(options.QuartzConcurrency);
            q.UsePersistentStore(s =>
            {
                // The default table prefix QRTZ_ folds to the qrtz_ tables of db/migrations/0002.
                s.UsePostgres(p => p.ConnectionString = WorkflowDataSource.ForQuartz(connectionString));
                s.UseSystemTextJsonSerializer();
                s.UseClustering(c => c.CheckinInterval = options.QuartzCheckinInterval);
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
