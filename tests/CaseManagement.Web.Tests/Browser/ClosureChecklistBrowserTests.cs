using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>An admin makes 相談種別・対応結果・継続支援の要否 required for 児童相談; the counselor's attempt to close
/// without them is refused by name and the workspace shows the checklist's state, until everything is recorded.</summary>
public sealed class ClosureChecklistBrowserTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_closure_checklist_blocks_closing_until_every_required_item_is_recorded()
    {
        await using var office = await chromium.DesktopAsync(app.BaseAddress);
        await using var desk = await chromium.DesktopAsync(app.BaseAddress);
        await using var phone = await chromium.PhoneAsync(app.BaseAddress);
        var admin = await office.NewPageAsync();
        await new LoginPage(admin).SignInAsync(DemoAccounts.Admin);
        await new AdminChecklistPage(admin).RequireAsync("児童相談", "相談種別", "対応結果", "継続支援の要否");
        var caseNumber = await StartConsultationAsync(await phone.NewPageAsync(), "終了チェックリストの確認です。");
        var counselor = await desk.NewPageAsync();
        await new LoginPage(counselor).SignInAsync(DemoAccounts.Counselor);
        var task = await (await new DeskQueuePage(counselor).OpenAsync()).ClaimAsync(caseNumber);
        var closure = new DeskClosurePage(counselor);
        foreach (var item in new[] { "相談種別", "対応結果", "継続支援の要否" })
        {
            await Expect(closure.Item(item)).ToContainTextAsync("未入力");
        }

        await closure.TryToCloseAsync();

        await Expect(closure.Error).ToContainTextAsync("未入力の項目：相談種別、対応結果、継続支援の要否。");
        await Expect(task.Status).ToHaveTextAsync("対応中");
        await Expect(closure.Item("相談種別")).ToContainTextAsync("未入力");

        await closure.RecordConsultationTypeAsync("その他");
        await closure.RecordClosureAsync("助言・情報提供", "不要");
        foreach (var item in new[] { "相談種別", "対応結果", "継続支援の要否" })
        {
            await Expect(closure.Item(item)).ToContainTextAsync("入力済み");
        }

        await task.CompleteAsync();
        await Expect(task.Status).ToHaveTextAsync("終了");
    }

    private static async Task<string> StartConsultationAsync(Microsoft.Playwright.IPage resident, string message)
    {
        var consult = await (await new ResidentHomePage(resident).OpenAsync()).ChooseCategoryAsync("児童相談");
        await consult.WriteAsync(message);
        return await (await consult.SendAsync()).CaseNumberAsync();
    }
}
