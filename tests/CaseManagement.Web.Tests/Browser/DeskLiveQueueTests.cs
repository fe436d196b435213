using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>The desk without reloads: a counselor's queue hears of a new consultation from another browser, and
/// the reply box waits until the resident's history has been opened.</summary>
public sealed class DeskLiveQueueTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_counselors_queue_shows_a_new_consultation_from_another_browser_without_a_reload()
    {
        await using var desk = await chromium.DesktopAsync(app.BaseAddress);
        await using var phone = await chromium.PhoneAsync(app.BaseAddress);
        var counselor = await desk.NewPageAsync();
        await new LoginPage(counselor).SignInAsync(DemoAccounts.Counselor);
        var queue = await new DeskQueuePage(counselor).OpenAsync();
        await queue.WaitUntilLiveAsync();
        await counselor.EvaluateAsync("() => { window.notReloaded = true; }");

        var caseNumber = await StartConsultationAsync(await phone.NewPageAsync(), "ライブ更新の確認です。");

        await Expect(queue.Row(caseNumber)).ToContainTextAsync("未割当");
        await Expect(queue.Announcement).ToHaveTextAsync("新しい相談が届きました。");
        Assert.True(await counselor.EvaluateAsync<bool>("() => window.notReloaded === true"), "the queue page was reloaded");
    }

    [Fact]
    public async Task The_reply_box_stays_disabled_until_the_history_is_opened_and_stays_enabled_after_a_reload()
    {
        await using var desk = await chromium.DesktopAsync(app.BaseAddress);
        await using var phone = await chromium.PhoneAsync(app.BaseAddress);
        var caseNumber = await StartConsultationAsync(await phone.NewPageAsync(), "履歴確認の確認です。");
        var counselor = await desk.NewPageAsync();
        await new LoginPage(counselor).SignInAsync(DemoAccounts.Counselor);
        var task = await (await new DeskQueuePage(counselor).OpenAsync()).ClaimAsync(caseNumber);

        await Expect(task.ReplyBox).ToBeDisabledAsync();
        await Expect(counselor.GetByText("返信する前に、上の「相談者の履歴」を開いて確認してください。")).ToBeVisibleAsync();
        await Expect(task.History.GetByTestId("no-past-cases")).ToHaveTextAsync("過去の相談はありません。");

        await task.OpenHistoryAsync();
        await Expect(task.Messages.First).ToContainTextAsync("履歴確認の確認です。");

        await counselor.ReloadAsync();
        await Expect(task.ReplyBox).ToBeEnabledAsync();
        await task.ReplyAsync("履歴を確認しました。ご相談ありがとうございます。");
    }

    [Fact]
    public async Task A_supervisor_hands_a_consultation_to_a_counselor_who_finds_it_under_my_tasks()
    {
        await using var boss = await chromium.DesktopAsync(app.BaseAddress);
        await using var desk = await chromium.DesktopAsync(app.BaseAddress);
        await using var phone = await chromium.PhoneAsync(app.BaseAddress);
        var caseNumber = await StartConsultationAsync(await phone.NewPageAsync(), "担当者変更の確認です。");
        var supervisor = await boss.NewPageAsync();
        await new LoginPage(supervisor).SignInAsync(DemoAccounts.Supervisor);
        await (await new DeskQueuePage(supervisor).OpenAsync()).Row(caseNumber).GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = caseNumber }).ClickAsync();

        await supervisor.GetByLabel("新しい担当者").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "相談 花子" });
        await supervisor.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "担当者を変更する" }).ClickAsync();
        await Expect(new DeskTaskPage(supervisor).Assignee).ToHaveTextAsync("相談 花子");

        var counselor = await desk.NewPageAsync();
        await new LoginPage(counselor).SignInAsync(DemoAccounts.Counselor);
        await counselor.GotoAsync("/Desk?Assignee=Mine");
        await Expect(new DeskQueuePage(counselor).Row(caseNumber)).ToContainTextAsync("相談 花子");
    }

    private static async Task<string> StartConsultationAsync(Microsoft.Playwright.IPage resident, string message)
    {
        var consult = await (await new ResidentHomePage(resident).OpenAsync()).ChooseCategoryAsync("児童相談");
        await consult.WriteAsync(message);
        return await (await consult.SendAsync()).CaseNumberAsync();
    }
}
