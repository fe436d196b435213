using System.Net;
using CaseManagement.Testing.Database;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Resident;

/// <summary>The development mailbox exists only when Mail:DevelopmentMailbox is on: in production it is 404.</summary>
public sealed class DevMailboxHttpTests(DevMailboxHttpTests.ProductionLikeApp fixture) : IClassFixture<DevMailboxHttpTests.ProductionLikeApp>
{
    [Fact]
    public async Task Without_the_setting_there_is_no_mailbox_page()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(new Uri("/dev/mailbox", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The app as in production: mails would go to SMTP.</summary>
    public sealed class ProductionLikeApp(TestPostgres postgres) : IAsyncLifetime
    {
        public TestApp App { get; } = new(postgres) { Settings = new Dictionary<string, string?> { ["Mail:DevelopmentMailbox"] = "false" } };

        public ValueTask InitializeAsync() => App.InitializeAsync();

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
