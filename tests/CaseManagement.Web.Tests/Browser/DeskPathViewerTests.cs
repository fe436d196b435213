using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>The path viewer at the desk: a supervisor follows 経路を見る from a finished case to its diagram with the
/// path highlighted to the end and who did the work; counselors see no link and are refused the page.</summary>
public sealed partial class DeskPathViewerTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_supervisor_opens_the_path_of_a_finished_case_from_the_desk()
    {
        var taskId = await FinishedCaseTaskAsync("経路を見る相談です。");

        await using var desktop = await chromium.DesktopAsync(app.BaseAddress);
        var supervisor = await desktop.NewPageAsync();
        await new LoginPage(supervisor).SignInAsync(DemoAccounts.Supervisor);
        await supervisor.GotoAsync($"/Desk/Task/{taskId}");
        await supervisor.GetByRole(AriaRole.Link, new() { Name = "経路を見る" }).ClickAsync();

        await Expect(supervisor).ToHaveURLAsync(new Regex($"/Desk/Path/[0-9a-f-]{{36}}\\?taskId={taskId}$"));
        var diagram = supervisor.GetByTestId("diagram");
        await Expect(diagram.Locator("[data-element-id='closed'].cm-taken")).ToHaveCountAsync(1);
        await Expect(diagram.Locator("[data-element-id='flow_to_end'].cm-taken")).ToHaveCountAsync(1);
        await Expect(diagram.Locator(".cm-current")).ToHaveCountAsync(0);
        await Expect(supervisor.GetByTestId("instance-status")).ToHaveTextAsync("完了");
        await Expect(supervisor.GetByTestId("current-none")).ToBeVisibleAsync();
        await Expect(supervisor.GetByTestId("timers-none")).ToBeVisibleAsync();
        await Expect(supervisor.GetByTestId("path-visits").Locator("tr[data-element-id='respond']")).ToContainTextAsync("相談 花子");
        await Screenshots.SaveAsync(supervisor, "desk-path-viewer-finished");
        await supervisor.GetByRole(AriaRole.Link, new() { Name = "案件に戻る" }).ClickAsync();
        await Expect(supervisor).ToHaveURLAsync(new Regex($"/Desk/Task/{taskId}$"));
    }

    [Fact]
    public async Task Counselors_see_no_link_and_are_refused_the_path_page_with_403()
    {
        var taskId = await FinishedCaseTaskAsync("相談員には経路を見せません。");
        using var supervisor = app.CreateClient();
        await supervisor.SignInAsync(DemoAccounts.Supervisor);
        var supervisorTask = await supervisor.GetStringAsync(new Uri($"/Desk/Task/{taskId}", UriKind.Relative));
        var path = PathLink().Match(supervisorTask).Groups[1].Value;
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);

        var counselorTask = await counselor.GetStringAsync(new Uri($"/Desk/Task/{taskId}", UriKind.Relative));
        var refused = await counselor.GetAsync(new Uri(path, UriKind.Relative));
        var denied = await counselor.GetAsync(refused.Headers.Location);
        var shown = await supervisor.GetAsync(new Uri(path, UriKind.Relative));

        Assert.StartsWith("/Desk/Path/", path, StringComparison.Ordinal);
        Assert.DoesNotContain("経路を見る", counselorTask, StringComparison.Ordinal);
        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("ワークフローの経路", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("no-store", shown.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    // A consultation the demo counselor (相談 花子) claimed and finished; the id of its task.
    private async Task<string> FinishedCaseTaskAsync(string message)
    {
        using var resident = app.CreateClient(followRedirects: true);
        await resident.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = message, ["Pin"] = TestPin.Default, ["PinConfirmation"] = TestPin.Default });
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);
        var taskId = TaskLink().Match(await counselor.GetStringAsync(new Uri("/Desk", UriKind.Relative))).Groups[1].Value;
        await counselor.PostFormAsync("/Desk", new Dictionary<string, string> { ["taskId"] = taskId }, actionUrl: "/Desk?handler=Claim");
        var revision = (await counselor.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}")).GetProperty("revision").GetInt32();
        var done = await counselor.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { revision, variables = new { followUp = false } });
        Assert.True((await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("workflowEnded").GetBoolean());
        return taskId;
    }

    [GeneratedRegex("/Desk/Task/([0-9a-f-]{36})")]
    private static partial Regex TaskLink();

    [GeneratedRegex("href=\"(/Desk/Path/[^\"]+)\"")]
    private static partial Regex PathLink();
}
