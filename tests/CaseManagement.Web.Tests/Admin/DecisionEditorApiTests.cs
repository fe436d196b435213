using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseManagement.Testing;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Admin;

/// <summary>The decision table editor's API over real HTTP: admins only, changes only with the page's antiforgery
/// token, a published version never changed (409 in Japanese), publishing refused with the check's findings, the
/// diff of two versions, and the shipped workflows/*.dmn published as version 1 at start.</summary>
public sealed partial class DecisionEditorApiTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Api = "/api/admin/decisions/related-procedures";

    private static string Shipped => File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "related-procedures.dmn"));

    [Theory]
    [InlineData("counselor")]
    [InlineData("supervisor")]
    public async Task Counselors_and_supervisors_are_refused_the_editor_its_API_and_its_pages(string who)
    {
        using var staff = app.CreateClient();
        await staff.SignInAsync(who == "counselor" ? DemoAccounts.Counselor : DemoAccounts.Supervisor);

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(new Uri(Api + "/draft", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(new Uri("/api/admin/decisions/", UriKind.Relative))).StatusCode);
        foreach (var page in new[] { "/Admin/Decisions", "/Admin/Decisions/Editor/related-procedures", "/Admin/Decisions/Versions/related-procedures" })
        {
            var response = await staff.GetAsync(new Uri(page, UriKind.Relative));
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.Headers.Location?.OriginalString.Contains("AccessDenied", StringComparison.Ordinal) == true,
                $"{page}: {response.StatusCode} {response.Headers.Location}");
        }
    }

    [Fact]
    public async Task The_shipped_table_is_version_1_and_changes_need_the_pages_antiforgery_token()
    {
        using var admin = app.CreateClient();
        await admin.SignInAsync(DemoAccounts.Admin);

        var versions = await admin.GetFromJsonAsync<JsonElement>(Api + "/versions");
        var withoutToken = await admin.PutAsJsonAsync(Api + "/draft", new { xml = Shipped, revision = 0 });

        var v1 = versions.EnumerateArray().Last();
        Assert.Equal((1, "system"), (v1.GetProperty("version").GetInt32(), v1.GetProperty("publishedBy").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
    }

    [Fact]
    public async Task A_published_version_cannot_be_changed_409_in_japanese()
    {
        using var admin = await AdminAsync();

        var refused = await admin.PutAsJsonAsync(Api + "/versions/1", new { xml = "<definitions/>" });
        var missing = await admin.PutAsJsonAsync(Api + "/versions/999", new { xml = "<definitions/>" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("公開済みの版 v1 は変更できません。下書きを編集し、新しい版として公開してください。",
            (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Publishing_a_broken_cell_answers_422_with_the_rule_and_column_and_a_good_edit_becomes_the_next_version_with_its_diff()
    {
        using var admin = await AdminAsync();
        var draft = await admin.GetFromJsonAsync<JsonElement>(Api + "/draft");
        var broken = Shipped.Replace("<inputEntry id=\"rule_moving_out_care_age\"><text>&gt;= 65</text>", "<inputEntry id=\"rule_moving_out_care_age\"><text>&gt;= (65</text>", StringComparison.Ordinal);
        var saved = await admin.PutAsJsonAsync(Api + "/draft", new { xml = broken, revision = draft.GetProperty("revision").GetInt32() });
        var revision = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32();

        var refused = await admin.PostAsJsonAsync(Api + "/publish", new { revision });
        var english = await admin.PostAsJsonAsync("/api/admin/decisions/check?culture=en", new { xml = broken, decisionRef = "related-procedures" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var issue = Assert.Single((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issues").EnumerateArray());
        Assert.Equal(("rule_moving_out_care_age", 7, "年齢"), (issue.GetProperty("elementId").GetString(), issue.GetProperty("rule").GetInt32(), issue.GetProperty("column").GetString()));
        Assert.StartsWith("規則 7 の「年齢」列の条件「>= (65」が FEEL として正しくありません", issue.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Rule 7, column \"年齢\": the condition \">= (65\" is not valid FEEL",
            Assert.Single((await english.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()).GetProperty("message").GetString(), StringComparison.Ordinal);

        var fixedXml = Shipped.Replace("<inputEntry id=\"rule_moving_out_care_age\"><text>&gt;= 65</text>", "<inputEntry id=\"rule_moving_out_care_age\"><text>&gt;= 60</text>", StringComparison.Ordinal);
        var resaved = await admin.PutAsJsonAsync(Api + "/draft", new { xml = fixedXml, revision });
        var published = await admin.PostAsJsonAsync(Api + "/publish", new { revision = (await resaved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32() });
        var version = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        var diff = await admin.GetFromJsonAsync<JsonElement>($"{Api}/diff?from={version - 1}&to={version}");

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var change = Assert.Single(diff.GetProperty("changes").EnumerateArray());
        Assert.Equal(("rule_moving_out_care", 7), (change.GetProperty("elementId").GetString(), change.GetProperty("rule").GetInt32()));
        var cell = Assert.Single(change.GetProperty("attributes").EnumerateArray());
        Assert.Equal(("年齢", ">= 65", ">= 60"), (cell.GetProperty("name").GetString(), cell.GetProperty("before").GetString(), cell.GetProperty("after").GetString()));
        var page = await admin.GetStringAsync(new Uri($"/Admin/Decisions/Versions/related-procedures?From={version - 1}&To={version}", UriKind.Relative));
        Assert.Contains("規則 7（転出: 65歳以上は介護保険の資格喪失）", page, StringComparison.Ordinal);
    }

    // An admin with the editor page's antiforgery token on every request, as the page's script sends it.
    private async Task<HttpClient> AdminAsync()
    {
        var client = app.CreateClient();
        await client.SignInAsync(DemoAccounts.Admin);
        var page = await client.GetStringAsync(new Uri("/Admin/Decisions/Editor/related-procedures", UriKind.Relative));
        client.DefaultRequestHeaders.Add("RequestVerificationToken", EditorToken().Match(page).Groups[1].Value);
        return client;
    }

    [GeneratedRegex("data-token=\"([^\"]+)\"")]
    private static partial Regex EditorToken();
}
