using System.Net;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Security;

/// <summary>The admin page's lock-out guard: a list without the admin's own address is refused in Japanese and
/// changes nothing, unless the admin confirms; bad CIDRs are refused too.</summary>
public sealed class IpAllowlistLockOutGuardTests(BehindTrustedProxyApp app) : IClassFixture<BehindTrustedProxyApp>
{
    [Fact]
    public async Task Excluding_ones_own_address_needs_confirmation_and_then_cuts_the_admin_off()
    {
        await app.SetAllowlistAsync("192.0.2.0/24");
        using var admin = app.ClientFrom(StaffIpAllowlistTesting.Inside);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(DemoAccounts.Admin)).StatusCode);

        var refused = await admin.PostFormAsync("/Admin/IpAllowlist", new Dictionary<string, string> { ["Ranges"] = "198.51.100.0/24" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("あなたの現在の IP アドレス（192.0.2.10）が含まれていません", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("192.0.2.0/24", await admin.GetStringAsync(new Uri("/Admin/IpAllowlist", UriKind.Relative)), StringComparison.Ordinal);

        var confirmed = await admin.PostFormAsync("/Admin/IpAllowlist",
            new Dictionary<string, string> { ["Ranges"] = "198.51.100.0/24", ["ConfirmExcludingMyself"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(new Uri("/Admin/IpAllowlist", UriKind.Relative))).StatusCode);
        using var fromNewRange = app.ClientFrom("198.51.100.20");
        Assert.Equal(HttpStatusCode.OK, (await fromNewRange.GetAsync(new Uri("/Account/Login", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_list_including_ones_own_address_saves_without_confirmation_and_bad_lines_are_refused()
    {
        await app.SetAllowlistAsync();
        using var admin = app.ClientFrom(StaffIpAllowlistTesting.InsideV6);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(DemoAccounts.Admin)).StatusCode);

        var bad = await admin.PostFormAsync("/Admin/IpAllowlist", new Dictionary<string, string> { ["Ranges"] = "2001:db8:1::/48\n192.0.2.5/24\nnot-an-ip" });
        var badPage = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("「192.0.2.5/24」は IP アドレスまたは CIDR", badPage, StringComparison.Ordinal);
        Assert.Contains("「not-an-ip」は IP アドレスまたは CIDR", badPage, StringComparison.Ordinal);

        var saved = await admin.PostFormAsync("/Admin/IpAllowlist", new Dictionary<string, string> { ["Ranges"] = "2001:db8:1::/48\n192.0.2.7" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await admin.GetStringAsync(new Uri("/Admin/IpAllowlist", UriKind.Relative));
        Assert.Contains("192.0.2.7/32", page, StringComparison.Ordinal);
        Assert.Contains("2001:db8:1::/48", page, StringComparison.Ordinal);
    }
}
