using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Resident;

/// <summary>No trace on the device: pages with personal data are not stored, personal inputs do not autocomplete,
/// the PIN cookie is HttpOnly, SameSite=Strict and scoped to its one link, and leaving or signing out clears the site.</summary>
public sealed partial class NoTraceTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Every_resident_page_after_the_top_page_is_no_store()
    {
        using var client = app.CreateClient();
        var link = await client.StartAsync();
        using var other = app.CreateClient();

        foreach (var (c, path) in new[] { (client, "/"), (client, "/Resident/Consult/child"), (client, link), (client, link + "?started=true"), (other, link) })
        {
            var response = await c.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path} is not no-store");
        }
    }

    [Theory]
    [InlineData("counselor", "/Desk")]
    [InlineData("supervisor", "/Desk/Statistics")]
    [InlineData("admin", "/Admin")]
    [InlineData("admin", "/Admin/Categories")]
    [InlineData("admin", "/Admin/Categories/Edit/child")]
    [InlineData("admin", "/Admin/Notices")]
    [InlineData("auditor", "/Audit")]
    public async Task Staff_pages_are_no_store(string role, string path)
    {
        using var client = app.CreateClient();
        await client.SignInAsync(role switch
        {
            "counselor" => DemoAccounts.Counselor, "supervisor" => DemoAccounts.Supervisor, "admin" => DemoAccounts.Admin, _ => DemoAccounts.Auditor,
        });

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path} is not no-store");
    }

    [Fact]
    public async Task Inputs_where_residents_type_personal_data_do_not_autocomplete()
    {
        using var client = app.CreateClient();
        var link = await client.StartAsync();
        using var other = app.CreateClient();

        foreach (var html in new[]
        {
            await client.GetStringAsync(new Uri("/Resident/Consult/child", UriKind.Relative)),
            await client.GetStringAsync(new Uri(link, UriKind.Relative)),
            await other.GetStringAsync(new Uri(link, UriKind.Relative)),
        })
        {
            var fields = Field().Matches(html).Select(m => m.Value).Where(f => !f.Contains("type=\"hidden\"", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(fields);
            Assert.All(fields, f => Assert.Contains("autocomplete=\"off\"", f, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_PIN_cookie_is_HttpOnly_strict_and_limited_to_its_own_link()
    {
        using var client = app.CreateClient();
        var response = await client.PostFormAsync("/Resident/Consult/child",
            new Dictionary<string, string> { ["Message"] = "クッキーの確認", ["Pin"] = "2580", ["PinConfirmation"] = "2580" });
        var link = response.Headers.Location!.OriginalString.Split('?')[0];

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cm.pin=", StringComparison.Ordinal));

        Assert.Contains("path=" + link, cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Leaving_the_device_clears_the_site_and_the_link_asks_for_the_PIN_again()
    {
        using var client = app.CreateClient();
        var link = await client.StartAsync();

        var left = await client.PostFormAsync(link, new Dictionary<string, string>(), link + "?handler=Leave");

        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        Assert.Equal("\"cache\", \"cookies\", \"storage\"", left.Headers.GetValues("Clear-Site-Data").Single());
        Assert.Contains("暗証番号を入力してください", await client.GetStringAsync(new Uri(link, UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_sign_out_clears_the_site()
    {
        using var client = app.CreateClient();
        await client.SignInAsync(DemoAccounts.Counselor);

        var response = await client.PostFormAsync("/Desk", new Dictionary<string, string>(), "/Account/Logout");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("\"cache\", \"cookies\", \"storage\"", response.Headers.GetValues("Clear-Site-Data").Single());
    }

    [GeneratedRegex("<(input|textarea)\\b[^>]*>")]
    private static partial Regex Field();
}
