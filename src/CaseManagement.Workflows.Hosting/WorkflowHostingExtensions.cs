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
        services.AddSingleton<WorkflowEngine>();
        services.AddSingleton<WorkflowDefinitionStore>();
        services.AddSingleton<HostCommandApplier>();
        services.AddSingleton<WorkflowRuntime>();
        return services;
    }
}
