using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Common.Security;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Admin;

/// <summary>Over real HTTP: the admin's home links to データの出力と削除, the export downloads the documented zip, a
/// wrong municipality name deletes nothing and says why in Japanese, and only admins reach the page.</summary>
public sealed partial class DataAdminHttpTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_admin_home_links_to_the_data_page_whose_export_is_the_documented_zip()
    {
        using var admin = app.CreateClient();
        await admin.SignInAsync(DemoAccounts.Admin);

        Assert.Contains("href=\"/Admin/Data\"", await admin.GetStringAsync(new Uri("/Admin", UriKind.Relative)), StringComparison.Ordinal);
        var page = await admin.GetStringAsync(new Uri("/Admin/Data", UriKind.Relative));
        Assert.Matches(Fingerprint(), page);
        using var export = await admin.GetAsync(new Uri("/Admin/Data?handler=Export", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/zip", export.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("export_", export.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using var zip = new ZipArchive(await export.Content.ReadAsStreamAsync());
        Assert.Contains(zip.Entries, e => e.FullName == "manifest.json");
        Assert.Contains(zip.Entries, e => e.FullName == "attachments.csv");
    }

    [Fact]
    public async Task A_wrong_municipality_name_deletes_nothing_and_is_refused_in_Japanese()
    {
        var started = await app.SendAsync(new SystemActor(), new StartConsultation("child", "消してはいけない相談です。", TestPin.Default));
        using var admin = app.CreateClient();
        await admin.SignInAsync(DemoAccounts.Admin);

        var refused = await admin.PostFormAsync("/Admin/Data", new Dictionary<string, string> { ["Confirmation"] = "別の市" }, "/Admin/Data?handler=Delete");

        Assert.NotEqual("application/zip", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("「デモ市」", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var view = await app.SendAsync(new SystemActor(), new GetConsultation(started.AccessToken, started.Grant));
        Assert.Contains(view.Messages, m => m.Body == "消してはいけない相談です。");
    }

    [Theory]
    [InlineData("/Admin/Data")]
    [InlineData("/Admin/Data?handler=Export")]
    public async Task Only_admins_reach_the_data_page(string path)
    {
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);

        using var response = await counselor.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal)),
            $"{path}: {response.StatusCode}");
    }

    [GeneratedRegex("data-testid=\"key-fingerprint\">[0-9a-f]{64}<")]
    private static partial Regex Fingerprint();
}
