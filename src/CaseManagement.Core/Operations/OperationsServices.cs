using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Core.Operations;

/// <summary>Registers the operations module: the probe behind /health/ready and the Admin status page.</summary>
public static class OperationsServices
{
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddOptions<OperationsOptions>();
        services.AddSingleton<OperationsProbe>();
        return services;
    }
}
