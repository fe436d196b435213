using CaseManagement.Core.Administration;
using CaseManagement.Core.Common.Security;
using CaseManagement.Testing.Database;
using CaseManagement.Testing.Web;
using CaseManagement.Web.Security;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Security;

/// <summary>The app behind a trusted proxy on loopback: tests play nginx and say the client's address in X-Forwarded-For.</summary>
public sealed class BehindTrustedProxyApp(TestPostgres postgres) : TestApp(postgres, new Dictionary<string, string?>
{
    ["CaseManagement:TrustedProxies:0"] = "127.0.0.1",
    ["CaseManagement:TrustedProxies:1"] = "::1",
});

/// <summary>The app trusting only a proxy elsewhere (10.255.0.1): the tests' loopback connection is an untrusted source.</summary>
public sealed class UntrustedSourceApp(TestPostgres postgres) : TestApp(postgres, new Dictionary<string, string?>
{
    ["CaseManagement:TrustedProxies:0"] = "10.255.0.1",
    ["CaseManagement:TrustedProxies:1"] = "10.255.0.2",
});

/// <summary>Setting the allowlist as the platform, and sending requests as if from a client address.</summary>
internal static class StaffIpAllowlistTesting
{
    public const string Inside = "192.0.2.10";
    public const string InsideV6 = "2001:db8:1::5";
    public const string Outside = "198.51.100.7";
    public const string OutsideV6 = "2001:db8:2::5";

    public static async Task SetAllowlistAsync(this TestApp app, params string[] ranges)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemActor();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SetStaffIpAllowlist(ranges));
        app.Services.GetRequiredService<StaffIpAllowlist>().Invalidate();
    }

    public static async Task<HttpResponseMessage> GetFromAsync(this HttpClient client, string path, string clientAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", clientAddress);
        return await client.SendAsync(request);
    }

    /// <summary>A client whose every request says it comes from <paramref name="clientAddress"/>.</summary>
    public static HttpClient ClientFrom(this TestApp app, string clientAddress)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        return client;
    }
}
