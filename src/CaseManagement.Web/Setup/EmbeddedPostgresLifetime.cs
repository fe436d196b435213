using CaseManagement.Core.Common.Database;

namespace CaseManagement.Web.Setup;

/// <summary>Stops the private PostgreSQL cluster when the app stops (Ctrl-C in ./run).</summary>
internal sealed class EmbeddedPostgresLifetime(EmbeddedPostgres server) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => server.StopAsync();
}
