using CaseManagement.Core.Common.Mail;
using CaseManagement.Core.Residents.Line;
using CaseManagement.Workflows.Hosting.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseManagement.Core.Residents;

/// <summary>Registers what residents reach us through: mail (one-time codes) and LINE (login, webhook, pushes), with
/// the outbox handlers that deliver them after commit. Options come from the host's configuration ("Mail", "Line").</summary>
public static class ResidentServiceCollectionExtensions
{
    public static IServiceCollection AddResidentChannels(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>();
        services.AddOptions<LineOptions>();
        services.AddSingleton<DevelopmentMailbox>();
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<LineOutbox>();
        services.AddSingleton<LineApi>();
        services.AddSingleton<IOutboxHandler, MailOutboxHandler>();
        foreach (var kind in new[] { LineOutbox.ReplyKind, LineOutbox.PushKind })
        {
            services.AddSingleton<IOutboxHandler>(sp =>
                new LineOutboxHandler(kind, sp.GetRequiredService<LineApi>(), sp.GetRequiredService<ILogger<LineOutboxHandler>>()));
        }

        return services;
    }
}
