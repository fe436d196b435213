using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseManagement.Testing;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Admin;

/// <summary>The designer's API over real HTTP: admins only, changes only with the page's antiforgery token, a stale
/// draft revision refused in Japanese, publishing refused with the check's findings.</summary>
public sealed partial class WorkflowDesignerApiTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Only_admins_reach_the_designer_API_and_changes_need_the_pages_antiforgery_token()
    {
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);
        using var anonymous = app.CreateClient();
        using var admin = app.CreateClient();
        await admin.SignInAsync(DemoAccounts.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.GetAsync(new Uri("/api/admin/workflows/consultation/draft", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/admin/workflows/consultation/draft", UriKind.Relative))).StatusCode);
        var withoutToken = await admin.PutAsJsonAsync("/api/admin/workflows/consultation/draft", new { xml = "<x/>", revision = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        var draft = await admin.GetFromJsonAsync<JsonElement>("/api/admin/workflows/consultation/draft");
        Assert.Equal(0, draft.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Two_admins_saving_from_the_same_revision_the_second_is_told_who_saved_first()
    {
        using var first = await AdminAsync("application_review");
        using var second = await AdminAsync("application_review");
        var xml = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Workflows, "application-review.bpmn"));

        var saved = await first.PutAsJsonAsync("/api/admin/workflows/application_review/draft", new { xml, revision = 0 });
        var refused = await second.PutAsJsonAsync("/api/admin/workflows/application_review/draft", new { xml = xml + "<!-- mine -->", revision = 0 });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(1, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("別の管理者（システム 管理者）が", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var draft = await second.GetFromJsonAsync<JsonElement>("/api/admin/workflows/application_review/draft");
        Assert.DoesNotContain("<!-- mine -->", draft.GetProperty("bpmnXml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_a_broken_draft_answers_422_with_the_issues_and_the_check_speaks_english_when_asked()
    {
        using var admin = await AdminAsync("counter_procedure");
        var broken = (await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Workflows, "counter-procedure.bpmn")))
            .Replace("""<bpmn:userTask id="kokuho" name="国民健康保険の手続" cm:queue="counter:kokuho">""", """<bpmn:userTask id="kokuho" name="国民健康保険の手続">""", StringComparison.Ordinal);
        var saved = await admin.PutAsJsonAsync("/api/admin/workflows/counter_procedure/draft", new { xml = broken, revision = 0 });
        var revision = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32();

        var publish = await admin.PostAsJsonAsync("/api/admin/workflows/counter_procedure/publish", new { revision });
        var english = await admin.PostAsJsonAsync("/api/admin/workflows/check?culture=en", new { xml = broken, processId = "counter_procedure" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, publish.StatusCode);
        var body = await publish.Content.ReadFromJsonAsync<JsonElement>();
        var issue = Assert.Single(body.GetProperty("issues").EnumerateArray());
        Assert.Equal(("kokuho", "user-task-without-queue"), (issue.GetProperty("elementId").GetString(), issue.GetProperty("code").GetString()));
        Assert.StartsWith("ユーザータスクにキュー", issue.GetProperty("message").GetString(), StringComparison.Ordinal);
        var englishIssue = Assert.Single((await english.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.StartsWith("The user task has no queue", englishIssue.GetProperty("message").GetString(), StringComparison.Ordinal);
        var versions = await admin.GetFromJsonAsync<JsonElement>("/api/admin/workflows/counter_procedure/versions");
        Assert.Equal(1, versions.GetArrayLength());
    }

    // An admin with the designer page's antiforgery token on every request, as the page's script sends it.
    private async Task<HttpClient> AdminAsync(string processId)
    {
        var client = app.CreateClient();
        await client.SignInAsync(DemoAccounts.Admin);
        var page = await client.GetStringAsync(new Uri($"/Admin/Designer/{processId}", UriKind.Relative));
        client.DefaultRequestHeaders.Add("RequestVerificationToken", DesignerToken().Match(page).Groups[1].Value);
        return client;
    }

    [GeneratedRegex("data-token=\"([^\"]+)\"")]
    private static partial Regex DesignerToken();
}
