using System.Net;
using CaseManagement.Testing.Web;
using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Security;

/// <summary>Behind the trusted proxy, every staff endpoint refuses a client outside the allowlist (IPv4 and IPv6)
/// even with a valid staff cookie, while allowed clients and resident pages work.</summary>
public sealed class StaffIpAllowlistTests(BehindTrustedProxyApp app) : IClassFixture<BehindTrustedProxyApp>
{
    private const string SomeId = "0193a000-0000-7000-8000-000000000001";

    /// <summary>Every routed staff page, API and hub, read from the app's own endpoints so a new page is covered too.</summary>
    private IReadOnlyList<string> StaffEndpoints() => app.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Select(e => "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText?.TrimStart('/') ?? "", "\\{[^}]+\\}", SomeId))
        .Where(p => StaffIpAllowlistMiddleware.IsStaffPath(p))
        .Distinct().Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Every_staff_endpoint_refuses_a_signed_in_admin_and_counselor_from_outside_the_allowlist()
    {
        await app.SetAllowlistAsync("192.0.2.0/24", "2001:db8:1::/48");
        using var admin = app.CreateClient();
        using var counselor = app.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInFromAsync(admin, DemoAccounts.Admin, StaffIpAllowlistTesting.Inside)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInFromAsync(counselor, DemoAccounts.Counselor, StaffIpAllowlistTesting.InsideV6)).StatusCode);
        var endpoints = StaffEndpoints();
        Assert.Contains("/Admin/IpAllowlist", endpoints);
        Assert.Contains("/Desk/Task/" + SomeId, endpoints);
        Assert.Contains("/hubs/desk/negotiate", endpoints);
        Assert.Contains("/api/tasks/" + SomeId, endpoints);

        foreach (var path in endpoints)
        {
            foreach (var client in new[] { admin, counselor })
            {
                foreach (var outside in new[] { StaffIpAllowlistTesting.Outside, StaffIpAllowlistTesting.OutsideV6 })
                {
                    var response = await client.GetFromAsync(path, outside);
                    Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path} from {outside}: {response.StatusCode}");
                }
            }
        }

        var refused = await admin.GetFromAsync("/Admin", StaffIpAllowlistTesting.Outside);
        Assert.Contains("この画面は表示できません", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clients_inside_the_allowlist_reach_their_area_over_IPv4_and_IPv6()
    {
        await app.SetAllowlistAsync("192.0.2.0/24", "2001:db8:1::/48");
        using var admin = app.CreateClient();
        await SignInFromAsync(admin, DemoAccounts.Admin, StaffIpAllowlistTesting.Inside);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetFromAsync("/Admin", StaffIpAllowlistTesting.Inside)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetFromAsync("/Admin/IpAllowlist", StaffIpAllowlistTesting.InsideV6)).StatusCode);
    }

    [Fact]
    public async Task Resident_pages_stay_open_from_anywhere()
    {
        await app.SetAllowlistAsync("192.0.2.0/24");
        using var resident = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await resident.GetFromAsync("/", StaffIpAllowlistTesting.Outside)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.GetFromAsync("/Account/Login", StaffIpAllowlistTesting.Outside)).StatusCode);
    }

    [Fact]
    public async Task An_empty_allowlist_allows_every_address()
    {
        await app.SetAllowlistAsync();
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetFromAsync("/Account/Login", StaffIpAllowlistTesting.Outside)).StatusCode);
    }

    private static async Task<HttpResponseMessage> SignInFromAsync(HttpClient client, (string, string) account, string address)
    {
        client.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        try
        {
            return await client.SignInAsync(account);
        }
        finally
        {
            client.DefaultRequestHeaders.Remove("X-Forwarded-For");
        }
    }
}
