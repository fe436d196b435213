using System.Net;
using CaseManagement.Testing.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CaseManagement.Testing.Web;

/// <summary>The real web app on a real loopback port, over a fresh clone of the migrated database, with the demo
/// accounts seeded. Tests talk to it over real HTTP (and Chromium).</summary>
public sealed class TestApp(TestPostgres postgres) : IAsyncLifetime
{
    private Factory? factory;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The application's connection (cannot change audit rows).</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The owner's connection to the same database, for tests that tamper with what the app may not.</summary>
    public string OwnerConnectionString => postgres.OwnerConnectionString(ConnectionString);

    public IServiceProvider Services => factory!.Services;

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await postgres.CreateDatabaseAsync();
        factory = new Factory(ConnectionString, OwnerConnectionString);
        factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    /// <summary>An HTTP client with its own cookies, not following redirects so tests see them.</summary>
    public HttpClient CreateClient(bool followRedirects = false)
    {
#pragma warning disable CA2000 // the client owns its handler
        var handler = new HttpClientHandler { AllowAutoRedirect = followRedirects, CookieContainer = new CookieContainer(), UseCookies = true };
#pragma warning restore CA2000
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = BaseAddress };
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }

    private sealed class Factory(string connectionString, string ownerConnectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("ConnectionStrings:Migrations", ownerConnectionString);
            builder.UseSetting("CaseManagement:SeedDemoData", "true");
            builder.UseSetting("CaseManagement:WorkflowsDirectory", RepositoryPaths.Workflows);
        }
    }
}
