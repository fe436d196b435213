using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Security;

/// <summary>Every page carries the security headers, and its scripts carry the nonce its CSP names (fresh per request);
/// HSTS is sent for HTTPS reached through the trusted proxy; cookies are SameSite.</summary>
public sealed partial class SecurityHeadersTests(BehindTrustedProxyApp app) : IClassFixture<BehindTrustedProxyApp>
{
    [Theory]
    [InlineData("/", null)]
    [InlineData("/Account/Login", null)]
    [InlineData("/Desk", "counselor")]
    [InlineData("/Audit", "auditor")]
    public async Task Pages_send_the_headers_and_a_nonce_that_matches_every_script_tag(string path, string? role)
    {
        using var client = app.CreateClient();
        if (role is not null)
        {
            await client.SignInAsync(role == "counselor" ? DemoAccounts.Counselor : DemoAccounts.Auditor);
        }

        var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        var second = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var csp = string.Join(";", first.Headers.GetValues("Content-Security-Policy"));
        var nonce = NonceInPolicy().Match(csp).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        var html = await first.Content.ReadAsStringAsync();
        var scripts = ScriptTag().Matches(html);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Contains($"nonce=\"{nonce}\"", s.Value, StringComparison.Ordinal));
        Assert.DoesNotContain(nonce, string.Join(";", second.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", first.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", first.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task HSTS_is_sent_when_the_trusted_proxy_says_the_request_came_over_HTTPS()
    {
        using var client = app.CreateClient();
        using var https = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        https.Headers.Host = "soudan.city.example.jp";
        https.Headers.Add("X-Forwarded-Proto", "https");
        https.Headers.Add("X-Forwarded-For", "203.0.113.9");
        using var plain = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        plain.Headers.Host = "soudan.city.example.jp";

        var overHttps = await client.SendAsync(https);
        var overHttp = await client.SendAsync(plain);

        Assert.StartsWith("max-age=31536000", overHttps.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Staff_and_antiforgery_cookies_are_SameSite_strict_and_HttpOnly()
    {
        using var client = app.CreateClient();

        var signIn = await client.SignInAsync(DemoAccounts.Counselor);

        var staffCookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cm.staff=", StringComparison.Ordinal));
        Assert.Contains("samesite=strict", staffCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", staffCookie, StringComparison.OrdinalIgnoreCase);
        var login = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        using var fresh = app.CreateClient();
        var page = await fresh.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(login);
    }

    [GeneratedRegex("script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'")]
    private static partial Regex NonceInPolicy();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
