using System.Net;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CaseManagement.Testing.Web;

/// <summary>The real web app on a real loopback port, over a fresh clone of the migrated database, with the demo
/// accounts seeded. Tests talk to it over real HTTP (and Chromium). A test class that needs other settings (trusted
/// proxies, small rate limits) derives a fixture that passes them.</summary>
public class TestApp : IAsyncLifetime
{
    private readonly TestPostgres postgres;
    private readonly TestApp? sameDatabaseAs;
    private Factory? factory;

    public TestApp(TestPostgres postgres)
        : this(postgres, new Dictionary<string, string?>())
    {
    }

    /// <summary>A second app node on the database of <paramref name="sameDatabaseAs"/> (started first), see <see cref="TwoNodes"/>.</summary>
    internal TestApp(TestPostgres postgres, TestApp sameDatabaseAs)
        : this(postgres, new Dictionary<string, string?>())
    {
        this.sameDatabaseAs = sameDatabaseAs;
    }

    protected TestApp(TestPostgres postgres, IReadOnlyDictionary<string, string?> settings)
    {
        this.postgres = postgres;
        Settings = settings;
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The application's connection (cannot change audit rows).</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The owner's connection to the same database, for tests that tamper with what the app may not.</summary>
    public string OwnerConnectionString => postgres.OwnerConnectionString(ConnectionString);

    public IServiceProvider Services => factory!.Services;

    /// <summary>The app's clock: system time unless a test sets it. A test that sets it releases it when done, and
    /// sets it later than the real time (timers then lie in the future and do not fire during the test).</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Extra configuration for this app (e.g. the "Line" settings of a fake LINE server); set before it starts.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public async ValueTask InitializeAsync()
    {
        ConnectionString = sameDatabaseAs is null ? await postgres.CreateDatabaseAsync() : sameDatabaseAs.ConnectionString;
        factory = new Factory(ConnectionString, OwnerConnectionString, Clock, Settings);
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

        GC.SuppressFinalize(this);
    }

    private sealed class Factory(string connectionString, string ownerConnectionString, TestClock clock, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("ConnectionStrings:Migrations", ownerConnectionString);
            builder.UseSetting("CaseManagement:SeedDemoData", "true");
            builder.UseSetting("CaseManagement:WorkflowsDirectory", RepositoryPaths.Workflows);
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
            // Every test signs in and browses from loopback: the production limits would throttle the suite.
            builder.UseSetting("CaseManagement:RateLimits:SignIn:PermitLimit", "100000");
            builder.UseSetting("CaseManagement:RateLimits:Resident:PermitLimit", "100000");
            // Tests never send real mail: sign-in codes land in the development mailbox (/dev/mailbox).
            builder.UseSetting("Mail:DevelopmentMailbox", "true");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
