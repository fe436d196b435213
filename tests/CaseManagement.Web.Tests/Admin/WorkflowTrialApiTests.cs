using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseManagement.Testing;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Admin;

/// <summary>The try-it API over real HTTP: admins only with the page's antiforgery token, bad sample variables answer
/// 400 in Japanese, a diagram the check refuses answers 422 with the issues as publishing does, a run goes on from the
/// state the last answer gave.</summary>
public sealed partial class WorkflowTrialApiTests(TestApp app) : IClassFixture<TestApp>
{
    private static string Consultation => File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "consultation.bpmn"));

    [Fact]
    public async Task Only_admins_with_the_pages_token_may_try_and_bad_input_is_refused_in_Japanese()
    {
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);
        using var supervisor = app.CreateClient();
        await supervisor.SignInAsync(DemoAccounts.Supervisor);
        using var withoutToken = app.CreateClient();
        await withoutToken.SignInAsync(DemoAccounts.Admin);
        using var admin = await AdminAsync();
        var broken = Consultation.Replace("""<bpmn:userTask id="respond" name="相談対応" cm:queue="=category">""", """<bpmn:userTask id="respond" name="相談対応">""", StringComparison.Ordinal);

        var start = new { xml = Consultation, variables = """{"category": "child"}""" };
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.PostAsJsonAsync("/api/admin/workflows/consultation/trial/", start)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync("/api/admin/workflows/consultation/trial/", start)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await withoutToken.PostAsJsonAsync("/api/admin/workflows/consultation/trial/", start)).StatusCode);
        var badJson = await admin.PostAsJsonAsync("/api/admin/workflows/consultation/trial/", new { xml = Consultation, variables = "{\"category\": }" });
        var refused = await admin.PostAsJsonAsync("/api/admin/workflows/consultation/trial/", new { xml = broken, variables = "" });

        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Contains("サンプル変数の JSON が正しくありません", await badJson.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var body = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("チェックで 1 件の問題が見つかったため試せません。図の印と一覧を確認してください。", body.GetProperty("detail").GetString());
        var issue = Assert.Single(body.GetProperty("issues").EnumerateArray());
        Assert.Equal(("respond", "user-task-without-queue"), (issue.GetProperty("elementId").GetString(), issue.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_run_goes_on_from_the_state_the_last_answer_gave()
    {
        using var admin = await AdminAsync();

        var started = await (await admin.PostAsJsonAsync("/api/admin/workflows/consultation/trial/", new { xml = Consultation, variables = """{"category": "child"}""" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var task = started.GetProperty("tasks")[0];
        var stepped = await admin.PostAsJsonAsync("/api/admin/workflows/consultation/trial/step", new
        {
            xml = Consultation, trial = started.GetProperty("trial").GetString(), action = "completeTask",
            targetId = task.GetProperty("id").GetGuid(), variables = """{"followUp": true}""",
        });
        var unknownAction = await admin.PostAsJsonAsync("/api/admin/workflows/consultation/trial/step", new
        {
            xml = Consultation, trial = started.GetProperty("trial").GetString(), action = "jump", targetId = Guid.NewGuid(),
        });

        Assert.Equal(HttpStatusCode.OK, stepped.StatusCode);
        var view = await stepped.Content.ReadFromJsonAsync<JsonElement>();
        // 継続 (followUp): back on 相談対応, a new task
        Assert.Contains("flow_follow_up", view.GetProperty("takenFlows").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("respond", view.GetProperty("tasks")[0].GetProperty("elementId").GetString());
        Assert.NotEqual(task.GetProperty("id").GetGuid(), view.GetProperty("tasks")[0].GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.BadRequest, unknownAction.StatusCode);
    }

    private async Task<HttpClient> AdminAsync()
    {
        var client = app.CreateClient();
        await client.SignInAsync(DemoAccounts.Admin);
        var page = await client.GetStringAsync(new Uri("/Admin/Designer/consultation", UriKind.Relative));
        client.DefaultRequestHeaders.Add("RequestVerificationToken", DesignerToken().Match(page).Groups[1].Value);
        return client;
    }

    [GeneratedRegex("data-token=\"([^\"]+)\"")]
    private static partial Regex DesignerToken();
}
