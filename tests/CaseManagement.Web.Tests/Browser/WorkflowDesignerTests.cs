using System.Text.RegularExpressions;
using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>An admin changes the consultation process in the designer and publishes it: new cases follow the new
/// version, a case already running stays on the old one.</summary>
public sealed class WorkflowDesignerTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    [Fact]
    public async Task An_admin_adds_a_user_task_with_queue_and_an_SLA_timer_publishes_and_only_new_cases_follow_it()
    {
        using var resident = app.CreateClient(followRedirects: true);
        await resident.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = "公開前からの相談です。", ["Pin"] = TestPin.Default, ["PinConfirmation"] = TestPin.Default });

        await using var desktop = await chromium.DesktopAsync(app.BaseAddress);
        var page = await desktop.NewPageAsync();
        try
        {
            await RunAsync(page, resident);
        }
        catch
        {
            await Screenshots.SaveAsync(page, "20-designer-failed");
            throw;
        }
    }

    private async Task RunAsync(IPage page, HttpClient resident)
    {
        await new LoginPage(page).SignInAsync(DemoAccounts.Admin);
        await page.GotoAsync("/Admin");
        await page.GetByTestId("workflows").Locator("tr[data-process-id='consultation']").GetByRole(AriaRole.Link, new() { Name = "デザイナーで開く" }).ClickAsync();
        var designer = new WorkflowDesignerPage(page);
        await page.Locator("[data-workflow-designer][data-ready='true']").WaitForAsync();
        await Expect(page.Locator(".djs-palette [data-action='create.user-task']")).ToHaveAttributeAsync("aria-label", "ユーザータスクを作成");
        await Expect(page.Locator(".djs-minimap")).ToBeVisibleAsync();

        // drop a user task onto the flow between 割当 and 相談対応 (it splits the flow), then give it room below 割当
        var flow = await designer.BoxAsync("flow_to_respond");
        await designer.UsePaletteAsync("create.user-task", flow.X + flow.Width / 2, flow.Y + flow.Height / 2);
        await page.Keyboard.PressAsync("Escape"); // leave the label editor: the name goes through the panel
        var intakeId = await page.Locator(".djs-element.selected").First.GetAttributeAsync("data-element-id") ?? "";
        Assert.StartsWith("Activity_", intakeId, StringComparison.Ordinal);
        var assign = await designer.BoxAsync("assign_counselor");
        await designer.MoveAsync(intakeId, assign.X + assign.Width / 2, assign.Y + assign.Height / 2 + 170);
        await designer.Field("name").FillAsync("一次受付");
        await designer.Field("cm-queue").SelectOptionAsync("=category");

        // a timer dropped on the task's lower border becomes its boundary timer: 2 office hours, a reminder
        var intake = await designer.BoxAsync(intakeId);
        await designer.UsePaletteAsync("create.timer-event", intake.X + intake.Width * 0.7f, intake.Y + intake.Height - 4);
        var timerId = await page.Locator(".djs-element.selected").First.GetAttributeAsync("data-element-id") ?? "";
        await Expect(page.Locator(".bio-properties-panel-header-type")).ToHaveTextAsync("タイマー境界イベント");
        await designer.Field("name").FillAsync("一次受付SLA");
        await designer.Field("cm-timer-kind").SelectOptionAsync("business");
        await designer.Field("cm-timer-value").FillAsync("PT2H");
        await designer.Field("cm-timer-interrupting").UncheckAsync();
        await designer.WaitUntilSavedAsync();

        await designer.ClickToolAsync("チェック");
        await Expect(designer.Success).ToHaveTextAsync("問題は見つかりませんでした。公開できます。");
        await designer.ClickToolAsync("公開する");
        await Expect(designer.Success).ToContainTextAsync("v2 として公開しました");
        await Screenshots.SaveAsync(page, "20-designer-published");

        await resident.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = "公開後の相談です。", ["Pin"] = TestPin.Default, ["PinConfirmation"] = TestPin.Default });

        // the versions page: one case runs on each version; the diff names the task and the timer with its SLA
        await page.GotoAsync("/Admin/Versions/consultation?From=1&To=2");
        await Expect(page.GetByTestId("running-1")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("running-2")).ToHaveTextAsync("1");
        var diff = page.GetByTestId("diff");
        await Expect(diff.Locator($"tr[data-element-id='{intakeId}'][data-kind='Added']")).ToContainTextAsync("cm:queue");
        await Expect(diff.Locator($"tr[data-element-id='{timerId}'][data-kind='Added']")).ToContainTextAsync("PT2H");
        await Expect(diff.Locator("tr[data-element-id='flow_to_respond'][data-kind='Changed']")).ToContainTextAsync("targetRef");
        await Screenshots.SaveAsync(page, "21-designer-versions-diff");

        // at the desk: the new case waits in 一次受付, the older one still in 相談対応
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);
        var desk = await counselor.GetStringAsync(new Uri("/Desk", UriKind.Relative));
        Assert.Equal(1, Regex.Count(desk, @"<td>\s*一次受付\s"));
        Assert.Equal(1, Regex.Count(desk, @"<td>\s*相談対応\s"));
    }
}
