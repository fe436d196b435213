using System.Net;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Account;

/// <summary>Staff sign-in: wrong passwords are refused in Japanese, and repeated failures lock the account.</summary>
public sealed class SignInTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_wrong_password_is_refused_with_a_Japanese_message()
    {
        using var client = app.CreateClient();

        var response = await client.SignInAsync(("counselor", "wrong-password"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ユーザー名またはパスワードが正しくありません。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("counselor", "/Desk")]
    [InlineData("admin", "/Admin")]
    [InlineData("auditor", "/Audit")]
    public async Task Each_role_starts_in_its_own_area_after_signing_in(string role, string home)
    {
        using var client = app.CreateClient();

        var response = await client.SignInAsync(role switch
        {
            "counselor" => DemoAccounts.Counselor,
            "admin" => DemoAccounts.Admin,
            _ => DemoAccounts.Auditor,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(home, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        using var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(("supervisor", "wrong-password-" + i));
        }

        var response = await client.SignInAsync(DemoAccounts.Supervisor);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ロックされています", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_English_switch_shows_the_sign_in_page_in_English()
    {
        using var client = app.CreateClient();
        var switched = await client.PostFormAsync("/Account/Login",
            new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/Account/Login" }, actionUrl: "/culture");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var page = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));

        Assert.Contains("Staff sign-in", page, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
    }
}
