using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Core.Common.Mail;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Web;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseManagement.Web.Tests.Resident;

/// <summary>Resident sign-in over HTTP: the code comes by mail (the development mailbox), the session is the
/// resident's own cookie, わたしの相談 shows only one's own cases, and sign-out ends it all.</summary>
public sealed partial class ResidentSignInHttpTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_resident_signs_in_with_the_mailed_code_and_sees_the_consultation_they_started_under_my_consultations()
    {
        using var client = app.CreateClient();
        var email = NewEmail();

        await SignInAsync(client, email);
        var started = await client.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = "サインインしてからの相談", ["Pin"] = TestPin.Default, ["PinConfirmation"] = TestPin.Default });
        var mine = await client.GetAsync(new Uri("/Resident/Mine", UriKind.Relative));
        var html = await mine.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.True(mine.Headers.CacheControl?.NoStore);
        var caseId = CaseLink().Match(html).Groups[1].Value;
        var page = await client.GetStringAsync(new Uri("/Resident/Mine/" + caseId, UriKind.Relative));
        Assert.Contains("サインインしてからの相談", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_in_Japanese_and_signs_nobody_in()
    {
        using var client = app.CreateClient();
        var email = NewEmail();
        var code = await RequestCodeAsync(client, email);

        var wrong = await client.PostFormAsync("/Resident/SignInCode", new Dictionary<string, string> { ["Code"] = code == "000000" ? "111111" : "000000" });
        var mine = await client.GetAsync(new Uri("/Resident/Mine", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("確認コードが正しくありません。あと4回まで入力できます。", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(wrong.Headers.TryGetValues("Set-Cookie", out var c) ? c : [], v => v.StartsWith("cm.resident=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
    }

    [Fact]
    public async Task My_consultations_need_the_resident_sign_in_and_a_staff_sign_in_is_not_one()
    {
        using var anonymous = app.CreateClient();
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);

        var first = await anonymous.GetAsync(new Uri("/Resident/Mine", UriKind.Relative));
        var staff = await counselor.GetAsync(new Uri("/Resident/Mine", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith("http://", first.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("/Resident/SignIn?ReturnUrl=%2FResident%2FMine", first.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, staff.StatusCode);
        Assert.Contains("/Resident/SignIn", staff.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_residents_case_is_refused_with_403_and_audited()
    {
        using var owner = app.CreateClient();
        using var other = app.CreateClient();
        await SignInAsync(owner, NewEmail());
        await SignInAsync(other, NewEmail());
        await owner.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = "本人だけが見られる相談", ["Pin"] = TestPin.Default, ["PinConfirmation"] = TestPin.Default });
        var caseId = CaseLink().Match(await owner.GetStringAsync(new Uri("/Resident/Mine", UriKind.Relative))).Groups[1].Value;

        var response = await other.GetAsync(new Uri("/Resident/Mine/" + caseId, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("この相談を見ることはできません。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("本人だけが見られる相談", html, StringComparison.Ordinal);
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM audit_log WHERE target = $1 AND outcome = 'refused' AND actor LIKE 'resident:%' AND ip IS NOT NULL", conn);
        cmd.Parameters.Add(new NpgsqlParameter { Value = "case:" + caseId });
        Assert.Equal(1L, (long)(await cmd.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Sign_out_ends_the_session_and_asks_the_browser_to_forget_the_site()
    {
        using var client = app.CreateClient();
        await SignInAsync(client, NewEmail());

        var signedOut = await client.PostFormAsync("/Resident/Mine", new Dictionary<string, string>(), actionUrl: "/Resident/SignOut");
        var mine = await client.GetAsync(new Uri("/Resident/Mine", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("\"cache\", \"cookies\", \"storage\"", signedOut.Headers.GetValues("Clear-Site-Data").Single());
        Assert.Contains(signedOut.Headers.GetValues("Set-Cookie"), v => v.StartsWith("cm.resident=;", StringComparison.Ordinal) && v.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
    }

    [Fact]
    public async Task Asking_for_codes_too_often_is_answered_429_in_Japanese()
    {
        using var client = app.CreateClient();
        var email = NewEmail();
        for (var i = 0; i < 3; i++)
        {
            await client.PostFormAsync("/Resident/SignIn", new Dictionary<string, string> { ["Email"] = email });
        }

        var fourth = await client.PostFormAsync("/Resident/SignIn", new Dictionary<string, string> { ["Email"] = email });

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Contains("15分ほどたってから", await fourth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string NewEmail() => $"h{Guid.NewGuid():N}"[..12] + "@example.jp";

    private async Task<string> RequestCodeAsync(HttpClient client, string email)
    {
        var sent = await client.PostFormAsync("/Resident/SignIn", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.StartsWith("/Resident/SignInCode", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var mail = await app.Services.GetRequiredService<DevelopmentMailbox>().WaitForAsync(m => m.To == email, TimeSpan.FromSeconds(15));
        return SixDigits().Match(mail.Body).Value;
    }

    private async Task SignInAsync(HttpClient client, string email)
    {
        var code = await RequestCodeAsync(client, email);
        var signedIn = await client.PostFormAsync("/Resident/SignInCode", new Dictionary<string, string> { ["Code"] = code });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/Resident/Mine", signedIn.Headers.Location!.OriginalString);
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();

    [GeneratedRegex("href=\"/Resident/Mine/([0-9a-f-]{36})\"")]
    private static partial Regex CaseLink();
}
