using CaseManagement.Workflows.Hosting.Outbox;
using CaseManagement.Workflows.Hosting.ServiceTasks;
using CaseManagement.Workflows.Hosting.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace CaseManagement.Workflows.Hosting;

/// <summary>Registers what runs in the background of every app node: the outbox dispatcher, the listener that keeps
/// the latest workflow versions current (ADR 0024) and the clustered Quartz scheduler (tables qrtz_* from db/migrations) that fires workflow timers.</summary>
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
        services.AddSingleton<DefinitionChangeListener>();
        services.AddHostedService(sp => sp.GetRequiredService<DefinitionChangeListener>());

        services.AddQuartz(q =>
        {
            q.UseDefaultThreadPool(options.QuartzConcurrency);
            q.UsePersistentStore(s =>
            {
                // The default table prefix QRTZ_ folds to the qrtz_ tables of db/migrations/0002.
                s.UsePostgres(p => p.ConnectionString = WorkflowDataSource.ForQuartz(connectionString));
                s.UseSystemTextJsonSerializer();
                s.UseClustering(c => c.CheckinInterval = options.QuartzCheckinInterval);
            });
        });
        // Acquire up to a thread pool's worth of due triggers per round instead of one (docs/PERFORMANCE.md).
        services.Configure<QuartzSchedulerOptions>(o => o.MaxBatchSize = options.QuartzConcurrency);
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
