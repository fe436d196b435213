using CaseManagement.Testing.Database;
using Xunit;

namespace CaseManagement.Testing.Web;

/// <summary>Two app nodes, each a real web app on its own loopback port, on one database, as behind a load balancer
/// (issue 7 point 7): they share the data-protection keys, the clustered Quartz scheduler and the NOTIFY fan-out and
/// nothing else (separate processes would share no more). A is started first and migrates and seeds; B joins.</summary>
public sealed class TwoNodes(TestPostgres postgres) : IAsyncLifetime
{
    public TestApp A { get; } = new(postgres);

    public TestApp B { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await A.InitializeAsync();
        B = new TestApp(postgres, A);
        await B.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (B is not null)
        {
            await B.DisposeAsync();
        }

        await A.DisposeAsync();
    }
}
