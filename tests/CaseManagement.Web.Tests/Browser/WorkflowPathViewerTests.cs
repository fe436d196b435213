using System.Net;
using System.Text.Json;
using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>The auditor sees an instance's path drawn on its BPMN diagram (bpmn-js), taken elements highlighted.</summary>
public sealed class WorkflowPathViewerTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_auditor_sees_the_path_of_a_consultation_on_its_diagram()
    {
        await using var phone = await chromium.PhoneAsync(app.BaseAddress);
        var resident = await phone.NewPageAsync();
        var consult = await (await new ResidentHomePage(resident).OpenAsync()).ChooseCategoryAsync("児童相談");
        await consult.WriteAsync("経路表示の確認です。");
        await consult.SendAsync();

        await using var desk = await chromium.DesktopAsync(app.BaseAddress);
        var auditor = await desk.NewPageAsync();
        await new LoginPage(auditor).SignInAsync(DemoAccounts.Auditor);
        await auditor.GotoAsync("/Audit");
        await auditor.GetByTestId("instances").GetByRole(AriaRole.Link, new() { Name = "consultation" }).First.ClickAsync();

        // the diagram is drawn, and the elements the token passed carry the highlight
        var diagram = auditor.GetByTestId("diagram");
        await Expect(diagram.Locator("svg").First).ToBeVisibleAsync();
        await Expect(diagram.Locator("[data-element-id='respond'].cm-taken")).ToHaveCountAsync(1);
        await Expect(diagram.Locator("[data-element-id='closed'].cm-taken")).ToHaveCountAsync(0);
        await Expect(auditor.GetByTestId("path-steps")).ToContainTextAsync("タスク作成");
        await Expect(auditor.GetByTestId("instance-status")).ToHaveTextAsync("実行中");
        await Screenshots.SaveAsync(auditor, "10-audit-path");
    }

    [Fact]
    public async Task The_path_API_answers_auditors_and_refuses_counselors()
    {
        using var auditor = app.CreateClient();
        await auditor.SignInAsync(DemoAccounts.Auditor);
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);
        using var resident = app.CreateClient(followRedirects: true);
        await resident.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = "API 確認", ["Pin"] = TestPin.Default, ["PinConfirmation"] = TestPin.Default });
        var audit = await auditor.GetStringAsync(new Uri("/Audit", UriKind.Relative));
        var id = System.Text.RegularExpressions.Regex.Match(audit, "/Audit/Instance/([0-9a-f-]{36})").Groups[1].Value;

        var path = await auditor.GetAsync(new Uri($"/api/workflows/instances/{id}/path", UriKind.Relative));
        var denied = await counselor.GetAsync(new Uri($"/api/workflows/instances/{id}/path", UriKind.Relative));
        var missing = await auditor.GetAsync(new Uri($"/api/workflows/instances/{Guid.NewGuid()}/path", UriKind.Relative));
        using var anonymous = app.CreateClient();
        var unknown = await anonymous.GetAsync(new Uri($"/api/workflows/instances/{id}/path", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, path.StatusCode);
        using var json = JsonDocument.Parse(await path.Content.ReadAsStringAsync());
        Assert.Contains("respond", json.RootElement.GetProperty("takenElements").EnumerateArray().Select(e => e.GetString()));
        // APIs answer with status codes, not sign-in redirects.
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("見つかりません", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
