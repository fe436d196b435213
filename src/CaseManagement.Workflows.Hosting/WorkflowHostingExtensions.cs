using CaseManagement.Workflows.Calendar;
using CaseManagement.Workflows.Dmn;
using CaseManagement.Workflows.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseManagement.Workflows.Hosting;

/// <summary>Registers the engine and its PostgreSQL-backed runtime.</summary>
public static class WorkflowHostingExtensions
{
    public static IServiceCollection AddWorkflowHosting(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // The host may register a calendar provider (per-category office hours) and DMN documents.
        services.AddSingleton(sp => new WorkflowEngine(
            sp.GetService<IBusinessCalendarProvider>() ?? BusinessCalendar.Municipal, sp.GetService<IDecisionProvider>()));
        services.AddSingleton<LatestDefinitions>();
        services.AddSingleton<WorkflowDefinitionStore>();
        services.AddSingleton<HostCommandApplier>();
        services.AddSingleton<Outbox.OutboxQueue>();
        services.AddSingleton<WorkflowRuntime>();
        return services;
    }
}
