using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Api;

/// <summary>The task API completes a task only as the caller last saw it (optimistic revision check).</summary>
public sealed class TaskApiTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_completion_with_a_stale_revision_is_refused_and_the_current_one_completes_the_task()
    {
        using var resident = app.CreateClient(followRedirects: true);
        await resident.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = "API から完了する相談", ["Pin"] = TestPin.Default, ["PinConfirmation"] = TestPin.Default });
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);
        var queue = await counselor.GetStringAsync(new Uri("/Desk", UriKind.Relative));
        var taskId = Regex.Match(queue, "/Desk/Task/([0-9a-f-]{36})").Groups[1].Value;
        var seen = await RevisionAsync(counselor, taskId);

        // someone (here: the same counselor in the browser) claims it, which changes the task
        var claim = await counselor.PostFormAsync("/Desk", new Dictionary<string, string> { ["taskId"] = taskId }, actionUrl: "/Desk?handler=Claim");
        Assert.Equal(HttpStatusCode.Redirect, claim.StatusCode);

        var stale = await counselor.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { revision = seen, variables = new { followUp = false } });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("ほかの人が先に変更しました", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("open", (await TaskAsync(counselor, taskId)).GetProperty("status").GetString());

        var current = await RevisionAsync(counselor, taskId);
        var done = await counselor.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { revision = current, variables = new { followUp = false } });

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.True((await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("workflowEnded").GetBoolean());
    }

    [Fact]
    public async Task The_task_API_is_for_desk_staff_only()
    {
        using var auditor = app.CreateClient();
        await auditor.SignInAsync(DemoAccounts.Auditor);
        using var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync(new Uri($"/api/tasks/{Guid.NewGuid()}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri($"/api/tasks/{Guid.NewGuid()}", UriKind.Relative))).StatusCode);
    }

    private static async Task<JsonElement> TaskAsync(HttpClient client, string taskId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}");

    private static async Task<int> RevisionAsync(HttpClient client, string taskId) =>
        (await TaskAsync(client, taskId)).GetProperty("revision").GetInt32();
}
