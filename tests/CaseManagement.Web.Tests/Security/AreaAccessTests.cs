using System.Net;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Security;

/// <summary>Desk, Admin and Audit refuse anyone without the role, over real HTTP.</summary>
public sealed class AreaAccessTests(TestApp app) : IClassFixture<TestApp>
{
    [Theory]
    [InlineData("/Desk")]
    [InlineData("/Desk/Task/0193a000-0000-7000-8000-000000000001")]
    [InlineData("/Admin")]
    [InlineData("/Audit")]
    public async Task Anonymous_visitors_are_sent_to_the_staff_sign_in(string path)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, bool> Matrix => new()
    {
        { "counselor", "/Desk", true }, { "counselor", "/Admin", false }, { "counselor", "/Audit", false },
        { "supervisor", "/Desk", true }, { "supervisor", "/Admin", false },
        { "admin", "/Admin", true }, { "admin", "/Desk", false }, { "admin", "/Audit", false },
        { "auditor", "/Audit", true }, { "auditor", "/Desk", false }, { "auditor", "/Admin", false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_opens_its_own_area_and_is_refused_the_others(string role, string path, bool allowed)
    {
        using var client = app.CreateClient();
        var signIn = await client.SignInAsync(Account(role));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            var denied = await client.GetAsync(response.Headers.Location);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
            Assert.Contains("この画面は表示できません", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static (string, string) Account(string role) => role switch
    {
        "counselor" => DemoAccounts.Counselor,
        "supervisor" => DemoAccounts.Supervisor,
        "admin" => DemoAccounts.Admin,
        _ => DemoAccounts.Auditor,
    };
}
