using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The live chat on the resident's consultation page: writing, attaching, and what the page says about the counselor.</summary>
public sealed class ResidentChatPage(IPage page)
{
    public IPage Page => page;

    public ILocator Messages => page.GetByTestId("messages").Locator("li");

    /// <summary>What the resident and staff wrote, without the category's automatic replies (which depend on the hour).</summary>
    public ILocator Conversation => page.GetByTestId("messages").Locator("li:not([data-author=autoreply])");

    public ILocator CounselorMessages => page.GetByTestId("messages").Locator("li[data-author=staff]");

    /// <summary>「相談員が入室しました。」 once a counselor has the case open.</summary>
    public ILocator CounselorPresence => page.GetByTestId("counselor-presence");

    public ILocator MessageBox => page.GetByLabel("追加で伝えたいこと");

    /// <summary>Waits until the chat is live over the hub ("connected") or, without it, polling.</summary>
    public Task WaitUntilAsync(string live) =>
        page.Locator($"[data-chat][data-live='{live}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Types like a person (so the counselor sees 入力中) without sending.</summary>
    public Task TypeAsync(string text) => MessageBox.PressSequentiallyAsync(text, new() { Delay = 20 });

    /// <summary>Sends what is in the box and waits until it is in the conversation (no reload).</summary>
    public async Task SendAsync(string text)
    {
        await MessageBox.FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "送信する", Exact = true }).ClickAsync();
        await Messages.Filter(new() { HasText = text }).WaitForAsync();
    }

    public async Task AttachAsync(string fileName, string mimeType, byte[] content)
    {
        await page.GetByLabel("写真・PDF を送る").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = mimeType, Buffer = content });
        await page.GetByRole(AriaRole.Button, new() { Name = "ファイルを送信する" }).ClickAsync();
        await page.GetByTestId("messages").GetByRole(AriaRole.Link, new() { Name = fileName }).WaitForAsync();
    }
}
