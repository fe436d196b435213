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

/// <summary>The path viewer for supervisors and auditors: a finished case's path highlighted to its end with each
/// element's times and the counselor who did the work; a waiting case's token and pending timers.</summary>
public sealed partial class WorkflowPathDetailsTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_auditor_sees_a_finished_case_to_its_end_and_a_waiting_case_with_its_token_and_timers()
    {
        using var resident = app.CreateClient(followRedirects: true);
        await resident.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = "終わる相談です。", ["Pin"] = TestPin.Default, ["PinConfirmation"] = TestPin.Default });
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);
        var taskId = TaskLink().Match(await counselor.GetStringAsync(new Uri("/Desk", UriKind.Relative))).Groups[1].Value;
        await counselor.PostFormAsync("/Desk", new Dictionary<string, string> { ["taskId"] = taskId }, actionUrl: "/Desk?handler=Claim");
        var revision = (await counselor.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}")).GetProperty("revision").GetInt32();
        var done = await counselor.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { revision, variables = new { followUp = false } });
        Assert.True((await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("workflowEnded").GetBoolean());
        await resident.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = "待っている相談です。", ["Pin"] = TestPin.Default, ["PinConfirmation"] = TestPin.Default });

        await using var desktop = await chromium.DesktopAsync(app.BaseAddress);
        var auditor = await desktop.NewPageAsync();
        await new LoginPage(auditor).SignInAsync(DemoAccounts.Auditor);
        await auditor.GotoAsync("/Audit");
        var links = auditor.GetByTestId("instances").GetByRole(AriaRole.Link, new() { Name = "consultation" });
        await Expect(links).ToHaveCountAsync(2);
        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        // the finished one: highlighted to 終了, nobody waiting, 相談対応 done by 相談 花子
        await auditor.GotoAsync(await FindAsync(auditor, hrefs, "完了"));
        var diagram = auditor.GetByTestId("diagram");
        await Expect(diagram.Locator("[data-element-id='closed'].cm-taken")).ToHaveCountAsync(1);
        await Expect(diagram.Locator(".cm-current")).ToHaveCountAsync(0);
        await Expect(auditor.GetByTestId("current-none")).ToBeVisibleAsync();
        await Expect(auditor.GetByTestId("timers-none")).ToBeVisibleAsync();
        await Expect(auditor.GetByTestId("path-visits").Locator("tr[data-element-id='respond']")).ToContainTextAsync("相談 花子");
        await Screenshots.SaveAsync(auditor, "24-path-viewer-finished");

        // the waiting one: the token on 相談対応, both of its timers pending
        await auditor.GotoAsync(await FindAsync(auditor, hrefs, "実行中"));
        await Expect(diagram.Locator("[data-element-id='respond'].cm-current")).ToHaveCountAsync(1);
        await Expect(auditor.GetByTestId("current").Locator("li")).ToHaveTextAsync("respond");
        await Expect(auditor.GetByTestId("pending-timers").Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(auditor.GetByTestId("path-visits").Locator("tr[data-element-id='respond']")).ToContainTextAsync("（滞在中）");
        await Screenshots.SaveAsync(auditor, "25-path-viewer-waiting");
    }

    private static async Task<string> FindAsync(IPage page, IEnumerable<string> hrefs, string status)
    {
        foreach (var href in hrefs)
        {
            await page.GotoAsync(href);
            if (await page.GetByTestId("instance-status").InnerTextAsync() == status) return href;
        }

        throw new InvalidOperationException($"no instance is {status}");
    }

    [GeneratedRegex("/Desk/Task/([0-9a-f-]{36})")]
    private static partial Regex TaskLink();
}
