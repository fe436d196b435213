using System.Net;
using CaseManagement.Testing.Database;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Security;

/// <summary>The app with small limits: 3 sign-in attempts and 5 resident requests per minute per client address.</summary>
public sealed class SmallRateLimitsApp(TestPostgres postgres) : TestApp(postgres, new Dictionary<string, string?>
{
    ["CaseManagement:TrustedProxies:0"] = "127.0.0.1",
    ["CaseManagement:TrustedProxies:1"] = "::1",
    ["CaseManagement:RateLimits:SignIn:PermitLimit"] = "3",
    ["CaseManagement:RateLimits:Resident:PermitLimit"] = "5",
});

/// <summary>Past the limit, sign-in attempts and resident pages answer 429 with a Japanese page; another address is
/// not affected.</summary>
public sealed class RateLimitTests(SmallRateLimitsApp app) : IClassFixture<SmallRateLimitsApp>
{
    [Fact]
    public async Task The_fourth_sign_in_attempt_in_a_minute_is_refused_with_429_in_Japanese()
    {
        using var guesser = app.ClientFrom("203.0.113.50");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await guesser.SignInAsync(("counselor", "guess-" + i))).StatusCode);
        }

        var refused = await guesser.SignInAsync(DemoAccounts.Counselor);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Contains("短い時間に多くのアクセスがありました", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var colleague = app.ClientFrom("203.0.113.51");
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.SignInAsync(DemoAccounts.Counselor)).StatusCode);
    }

    [Fact]
    public async Task The_sixth_resident_request_in_a_minute_is_refused_with_429()
    {
        using var resident = app.ClientFrom("203.0.113.60");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        }

        var refused = await resident.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("しばらくお待ちください", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
