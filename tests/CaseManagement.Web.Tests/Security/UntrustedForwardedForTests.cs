using System.Net;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Security;

/// <summary>X-Forwarded-For from a source that is not a configured proxy is ignored: the connection's own address
/// (loopback here) is what the allowlist checks, so writing an allowed address in the header gets nobody in.</summary>
public sealed class UntrustedForwardedForTests(UntrustedSourceApp app) : IClassFixture<UntrustedSourceApp>
{
    [Fact]
    public async Task An_allowed_address_claimed_by_an_untrusted_source_is_ignored()
    {
        await app.SetAllowlistAsync("192.0.2.0/24");
        using var client = app.CreateClient();

        var response = await client.GetFromAsync("/Account/Login", StaffIpAllowlistTesting.Inside);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_connection_address_itself_is_what_the_allowlist_checks()
    {
        await app.SetAllowlistAsync("127.0.0.0/8", "::1");
        using var client = app.CreateClient();

        var response = await client.GetFromAsync("/Account/Login", StaffIpAllowlistTesting.Outside);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
