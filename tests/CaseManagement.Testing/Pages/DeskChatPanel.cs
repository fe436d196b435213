using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The live chat part of a task's workspace: whether the resident has the chat open, is typing, has read.</summary>
public sealed class DeskChatPanel(IPage page)
{
    /// <summary>「相談者はこのチャットを開いています。」 or 「…開いていません。」</summary>
    public ILocator ResidentPresence => page.GetByTestId("resident-presence");

    /// <summary>「相談者が入力しています…」 while the resident types.</summary>
    public ILocator ResidentTyping => page.GetByTestId("resident-typing");

    public ILocator Messages => page.GetByTestId("messages").Locator("li");

    /// <summary>The 既読 mark on the counselor's own message with this text.</summary>
    public ILocator ReadMarkOn(string text) => page.GetByTestId("messages").Locator("li[data-author=staff]", new() { HasText = text }).Locator("[data-read-mark]");

    public Task WaitUntilAsync(string live) =>
        page.Locator($"[data-chat][data-live='{live}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
}
