using CaseManagement.Testing.Database;
using CaseManagement.Testing.Web;
using Xunit;

namespace CaseManagement.Testing.Line;

/// <summary>The web app wired to a fake LINE server (both on real loopback ports): LINE Login, the webhook, replies
/// and pushes all go over real HTTP, and the fake records what reached "LINE".</summary>
public sealed class LineTestApp(TestPostgres postgres) : IAsyncLifetime
{
    /// <summary>What links in LINE messages point to (our public address as configured, not the test port).</summary>
    public const string SiteUrl = "https://soudan.example.lg.jp";

    public FakeLineServer Line { get; } = new();

    public TestApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Line.InitializeAsync();
        App = new TestApp(postgres) { Settings = Line.Settings(SiteUrl) };
        await App.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        await Line.DisposeAsync();
    }
}
