using System.Net;
using CaseManagement.Testing.Line;
using Npgsql;

namespace CaseManagement.Web.Tests.Line;

/// <summary>LINE Login over real HTTP against the fake LINE: authorize with state and nonce, back to the callback,
/// code for ID token, resident signed in; a callback whose state is not this browser's is refused.</summary>
public sealed class LineLoginHttpTests(LineTestApp fixture) : IClassFixture<LineTestApp>
{
    [Fact]
    public async Task Signing_in_with_LINE_creates_the_resident_of_that_LINE_account_and_opens_my_consultations()
    {
        var user = FakeLineServer.NewUserId();
        fixture.Line.NextLoginUser = (user, "LINE 太郎");
        using var browser = fixture.App.CreateClient();

        var authorize = await StartAsync(browser);
        var query = System.Web.HttpUtility.ParseQueryString(authorize.Query);
        var callback = await FollowAuthorizeAsync(browser, authorize);
        var signedIn = await browser.GetAsync(callback);

        Assert.Equal((FakeLineServer.LoginChannelId, "code", "openid profile"), (query["client_id"], query["response_type"], query["scope"]));
        Assert.Equal(fixture.App.BaseAddress + "Resident/LineLogin/Callback", query["redirect_uri"]);
        Assert.True(query["state"]!.Length >= 40 && query["nonce"]!.Length >= 40 && query["state"] != query["nonce"]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/Resident/Mine", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/Resident/Mine", UriKind.Relative))).StatusCode);
        Assert.Equal(1L, await CountResidentsAsync(user));
        // the code was traded at the token endpoint
        var token = Assert.Single(fixture.Line.Requests, r => r.PathAndQuery == "/oauth2/v2.1/token" && r.Body.Contains(callback.Query.Split("code=")[1].Split('&')[0], StringComparison.Ordinal));
        Assert.Contains("grant_type=authorization_code", token.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_callback_with_another_state_is_refused_and_signs_nobody_in()
    {
        var user = FakeLineServer.NewUserId();
        fixture.Line.NextLoginUser = (user, "なりすまし");
        using var browser = fixture.App.CreateClient();
        var callback = await FollowAuthorizeAsync(browser, await StartAsync(browser));
        var forged = new Uri(callback.GetLeftPart(UriPartial.Path) + "?code=" + callback.Query.Split("code=")[1].Split('&')[0] + "&state=forged-state");

        var response = await browser.GetAsync(forged);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("LINE でのサインインを確認できませんでした。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0L, await CountResidentsAsync(user));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(new Uri("/Resident/Mine", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_callback_in_a_browser_that_did_not_start_the_sign_in_is_refused()
    {
        fixture.Line.NextLoginUser = (FakeLineServer.NewUserId(), "別のブラウザ");
        using var victim = fixture.App.CreateClient();
        using var attacker = fixture.App.CreateClient();
        var callback = await FollowAuthorizeAsync(attacker, await StartAsync(attacker));

        // login CSRF: the attacker's callback link opened in the victim's browser
        var response = await victim.GetAsync(callback);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<Uri> StartAsync(HttpClient browser)
    {
        var start = await browser.GetAsync(new Uri("/Resident/LineLogin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        return start.Headers.Location!;
    }

    // The fake LINE consents at once and sends the browser back with code and state.
    private static async Task<Uri> FollowAuthorizeAsync(HttpClient browser, Uri authorize)
    {
        var consent = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        return consent.Headers.Location!;
    }

    private async Task<long> CountResidentsAsync(string lineUserId)
    {
        await using var conn = new NpgsqlConnection(fixture.App.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM residents WHERE line_user_id = $1", conn);
        cmd.Parameters.Add(new NpgsqlParameter { Value = lineUserId });
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
