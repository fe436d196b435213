using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>Two app nodes on one database, as behind a load balancer (issue 7 point 7): the resident's browser talks to
/// node A only, the counselor's to node B only, and what happens on A reaches B's browser live, without a reload.</summary>
public sealed class TwoNodeBrowserTests(TwoNodes nodes, Chromium chromium) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task A_desk_queue_on_node_b_shows_a_consultation_started_through_node_a_without_a_reload()
    {
        await using var desk = await chromium.DesktopAsync(nodes.B.BaseAddress);
        await using var phone = await chromium.PhoneAsync(nodes.A.BaseAddress);
        var counselor = await desk.NewPageAsync();
        await new LoginPage(counselor).SignInAsync(DemoAccounts.Counselor);
        var queue = await new DeskQueuePage(counselor).OpenAsync();
        await queue.WaitUntilLiveAsync();
        await MarkNotReloadedAsync(counselor);

        var caseNumber = await StartConsultationAsync(await phone.NewPageAsync(), "ノードAで始めた相談です。");

        await Expect(queue.Row(caseNumber)).ToContainTextAsync("未割当");
        await Expect(queue.Announcement).ToHaveTextAsync("新しい相談が届きました。");
        await AssertNotReloadedAsync(counselor);
    }

    [Fact]
    public async Task A_residents_chat_message_sent_through_node_a_reaches_a_counselor_on_node_b_live()
    {
        await using var phone = await chromium.PhoneAsync(nodes.A.BaseAddress);
        await using var desk = await chromium.DesktopAsync(nodes.B.BaseAddress);
        var resident = await phone.NewPageAsync();
        var caseNumber = await StartConsultationAsync(resident, "ノードAからチャットします。");
        var counselor = await desk.NewPageAsync();
        await new LoginPage(counselor).SignInAsync(DemoAccounts.Counselor);
        var task = await (await new DeskQueuePage(counselor).OpenAsync()).ClaimAsync(caseNumber);
        await task.OpenHistoryAsync();
        var chat = new ResidentChatPage(resident);
        var panel = new DeskChatPanel(counselor);
        await chat.WaitUntilAsync("connected");
        await panel.WaitUntilAsync("connected");
        await MarkNotReloadedAsync(resident, counselor);

        await chat.SendAsync("ノードA経由のメッセージです。");
        await Expect(panel.Messages.Filter(new() { HasText = "ノードA経由のメッセージです。" })).ToHaveCountAsync(1);

        await task.ReplyAsync("ノードBから返信します。");
        await Expect(chat.CounselorMessages.Filter(new() { HasText = "ノードBから返信します。" })).ToHaveCountAsync(1);
        await AssertNotReloadedAsync(resident, counselor);
        Assert.StartsWith(nodes.A.BaseAddress.ToString(), resident.Url, StringComparison.Ordinal);
        Assert.StartsWith(nodes.B.BaseAddress.ToString(), counselor.Url, StringComparison.Ordinal);
    }

    private static async Task<string> StartConsultationAsync(IPage resident, string message)
    {
        var consult = await (await new ResidentHomePage(resident).OpenAsync()).ChooseCategoryAsync("児童相談");
        await consult.WriteAsync(message);
        return await (await consult.SendAsync()).CaseNumberAsync();
    }

    private static async Task MarkNotReloadedAsync(params IPage[] pages)
    {
        foreach (var page in pages)
        {
            await page.EvaluateAsync("() => { window.notReloaded = true; }");
        }
    }

    private static async Task AssertNotReloadedAsync(params IPage[] pages)
    {
        foreach (var page in pages)
        {
            Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), page.Url + " was reloaded");
        }
    }
}
