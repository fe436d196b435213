using CaseManagement.Web.Cluster;
using CaseManagement.Web.Hubs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CaseManagement.Web.Setup;

/// <summary>What lets several app nodes serve one database behind a load balancer (issue 7 point 7, ADR 0019): one
/// data-protection key ring in PostgreSQL (staff and resident cookies, antiforgery tokens, LINE state are readable on
/// every node), and one LISTEN connection per node through which pushes reach the browsers connected to any node.</summary>
internal static class ClusterServices
{
    /// <summary>The same on every node: the key ring is shared only between apps of the same name.</summary>
    public const string ApplicationName = "CaseManagement";

    public static IServiceCollection AddCaseManagementCluster(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new PostgresXmlRepository(sp.GetRequiredService<NpgsqlDataSource>())));

        services.AddSingleton(new HubFanOutHubs().Add<DeskHub>());
        services.AddSingleton<HubFanOut>();
        services.AddSingleton<INotifyChannelHandler, HubFanOutForwarder>();
        services.AddSingleton<INotifyChannelHandler, ChatNotificationForwarder>();
        services.AddHostedService<PostgresNotificationListener>();
        return services;
    }
}
