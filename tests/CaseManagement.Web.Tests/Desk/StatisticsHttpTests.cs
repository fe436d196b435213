using System.Net;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Desk;

/// <summary>The statistics page over real HTTP: supervisors only.</summary>
public sealed class StatisticsHttpTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_supervisor_sees_this_months_tables_in_japanese()
    {
        using var resident = app.CreateClient(followRedirects: true);
        await resident.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = "統計に数える相談", ["Pin"] = TestPin.Default, ["PinConfirmation"] = TestPin.Default });
        using var supervisor = app.CreateClient();
        await supervisor.SignInAsync(DemoAccounts.Supervisor);

        var response = await supervisor.GetAsync(new Uri("/Desk/Statistics", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>相談統計</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"statistics-weekday\"", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">月</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">児童相談</th>", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_counselor_is_refused_with_403()
    {
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);

        var response = await counselor.GetAsync(new Uri("/Desk/Statistics", UriKind.Relative));
        var denied = await counselor.GetAsync(response.Headers.Location);

        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }
}
