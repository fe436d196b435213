using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Files;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>A resident on a phone (390×844) and a counselor at a desktop chatting in two browsers: live over the hub,
/// and still delivered by polling when the hub cannot be reached.</summary>
public sealed class LiveChatBrowserTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    // Polling asks every 3 s; a live push arrives well within Playwright's 5 s.
    private static readonly LocatorAssertionsToHaveTextOptions Polled = new() { Timeout = 15_000 };

    [Fact]
    public async Task They_chat_live_the_counselor_sees_presence_typing_and_read_and_a_reload_keeps_the_history()
    {
        await using var phone = await chromium.PhoneAsync(app.BaseAddress);
        await using var desk = await chromium.DesktopAsync(app.BaseAddress);
        var (resident, counselor, task) = await StartAndClaimAsync(phone, desk, "夜、子どもが泣き止みません。");
        var chat = new ResidentChatPage(resident);
        var panel = new DeskChatPanel(counselor);

        await chat.WaitUntilAsync("connected");
        await panel.WaitUntilAsync("connected");
        await Expect(chat.CounselorPresence).ToHaveTextAsync("相談員が入室しました。");
        await Expect(panel.ResidentPresence).ToHaveTextAsync("相談者はこのチャットを開いています。");
        await MarkNotReloadedAsync(resident, counselor);

        await chat.TypeAsync("今も");
        await Expect(panel.ResidentTyping).ToHaveTextAsync("相談者が入力しています…");
        await chat.SendAsync("今も泣いています。どうしたらいいですか。");
        await Expect(panel.Messages.Filter(new() { HasText = "今も泣いています。" })).ToHaveCountAsync(1);

        await task.ReplyAsync("抱っこして、部屋を暗くしてみてください。");
        await Expect(chat.CounselorMessages.Filter(new() { HasText = "抱っこして" })).ToHaveCountAsync(1);
        await Expect(panel.ReadMarkOn("抱っこして")).ToHaveTextAsync("既読");

        await chat.AttachAsync("様子.png", "image/png", SampleFiles.Png);
        await Expect(counselor.GetByTestId("messages").GetByRole(AriaRole.Link, new() { Name = "様子.png" })).ToBeVisibleAsync();
        await AssertNotReloadedAsync(resident, counselor);
        await Screenshots.SaveAsync(resident, "live-chat-resident-390");
        await Screenshots.SaveAsync(counselor, "live-chat-counselor");

        // History lives in the database: a reload (or another device with the link) shows all of it.
        await resident.ReloadAsync();
        await Expect(chat.Conversation).ToHaveCountAsync(4);
        await Expect(chat.Conversation.Nth(0)).ToContainTextAsync("夜、子どもが泣き止みません。");
        await Expect(chat.Conversation.Nth(3).GetByRole(AriaRole.Link, new() { Name = "様子.png" })).ToBeVisibleAsync();
        await using var otherPhone = await chromium.PhoneAsync(app.BaseAddress);
        var link = await new ConsultationPage(await otherPhone.NewPageAsync()).OpenAsync(new Uri(resident.Url).AbsolutePath);
        await link.EnterPinAsync(TestPin.Default);
        var elsewhere = new ResidentChatPage(link.Page);
        await Expect(elsewhere.CounselorMessages).ToContainTextAsync(["抱っこして、部屋を暗くしてみてください。"]);
        await counselor.ReloadAsync();
        await Expect(panel.ReadMarkOn("抱っこして")).ToHaveTextAsync("既読");
    }

    [Fact]
    public async Task Without_the_hub_messages_and_read_marks_still_arrive_by_polling()
    {
        await using var phone = await chromium.PhoneAsync(app.BaseAddress);
        await using var desk = await chromium.DesktopAsync(app.BaseAddress);
        // As behind a proxy that refuses WebSockets and the hub's other transports alike.
        await phone.RouteAsync("**/hub/negotiate**", route => route.AbortAsync());
        await desk.RouteAsync("**/hubs/chat/negotiate**", route => route.AbortAsync());
        var (resident, counselor, task) = await StartAndClaimAsync(phone, desk, "ポーリングで届く相談");
        var chat = new ResidentChatPage(resident);
        var panel = new DeskChatPanel(counselor);
        await chat.WaitUntilAsync("polling");
        await panel.WaitUntilAsync("polling");
        await MarkNotReloadedAsync(resident, counselor);

        await chat.SendAsync("ハブなしで送ります。");
        await Expect(panel.Messages.Last).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("ハブなしで送ります。"), Polled);

        await task.ReplyAsync("ハブなしで返信します。");
        await Expect(chat.CounselorMessages.Last).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("ハブなしで返信します。"), Polled);
        await Expect(panel.ReadMarkOn("ハブなしで返信します。")).ToHaveTextAsync("既読", Polled);
        await AssertNotReloadedAsync(resident, counselor);
    }

    [Fact]
    public async Task A_read_mark_that_arrives_before_the_counselors_page_shows_the_reply_is_applied_when_it_does()
    {
        await using var phone = await chromium.PhoneAsync(app.BaseAddress);
        await using var desk = await chromium.DesktopAsync(app.BaseAddress);
        var (resident, counselor, task) = await StartAndClaimAsync(phone, desk, "既読が先に届く相談");
        var chat = new ResidentChatPage(resident);
        var panel = new DeskChatPanel(counselor);
        // The order a slow desk sees: the desk's page fetches the new reply (unread then), the resident's page reads it
        // and its 既読 reaches the desk over the hub, and only then does the desk's page get its (unread) copy.
        var readPushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var deskFetched = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        counselor.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
        {
            if (frame.Text?.Contains("\"target\":\"read\"", StringComparison.Ordinal) == true)
            {
                readPushed.TrySetResult();
            }
        };
        await counselor.ReloadAsync();
        await chat.WaitUntilAsync("connected");
        await panel.WaitUntilAsync("connected");
        await desk.RouteAsync(new System.Text.RegularExpressions.Regex("/Desk/Case/[^/?]+/Messages\\?after="), async route =>
        {
            var unread = await route.FetchAsync();
            deskFetched.TrySetResult();
            await readPushed.Task;
            await route.FulfillAsync(new() { Response = unread });
        });
        await phone.RouteAsync(new System.Text.RegularExpressions.Regex("/Resident/Consultation/[^/?]+/messages\\?after="), async route =>
        {
            await deskFetched.Task;
            await route.ContinueAsync();
        });

        await task.ReplyBox.FillAsync("先に読まれる返信です。");
        await counselor.GetByRole(AriaRole.Button, new() { Name = "返信する" }).ClickAsync();
        await Expect(chat.CounselorMessages.Filter(new() { HasText = "先に読まれる返信です。" })).ToHaveCountAsync(1);
        await readPushed.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);

        await Expect(panel.ReadMarkOn("先に読まれる返信です。")).ToHaveTextAsync("既読");
    }

    private async Task<(IPage Resident, IPage Counselor, DeskTaskPage Task)> StartAndClaimAsync(IBrowserContext phone, IBrowserContext desk, string message)
    {
        var resident = await phone.NewPageAsync();
        var consult = await (await new ResidentHomePage(resident).OpenAsync()).ChooseCategoryAsync("児童相談");
        await consult.WriteAsync(message);
        var caseNumber = await (await consult.SendAsync()).CaseNumberAsync();

        var counselor = await desk.NewPageAsync();
        await new LoginPage(counselor).SignInAsync(DemoAccounts.Counselor);
        var task = await (await new DeskQueuePage(counselor).OpenAsync()).ClaimAsync(caseNumber);
        await task.OpenHistoryAsync();
        return (resident, counselor, task);
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
