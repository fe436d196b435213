using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>A task's workspace at the desk: the resident's history first, then reply, complete.</summary>
public sealed class DeskTaskPage(IPage page)
{
    public ILocator Messages => page.GetByTestId("messages").Locator("li");

    public ILocator Assignee => page.GetByTestId("assignee");

    public ILocator Status => page.GetByTestId("case-status");

    public ILocator History => page.GetByTestId("history");

    public ILocator ReplyBox => page.GetByLabel("相談者への返信");

    /// <summary>The resident's earlier cases in the history, newest first.</summary>
    public ILocator EarlierCases => History.GetByTestId("earlier-case");

    /// <summary>Writes to the resident of a closed case (相談者への連絡) and waits for the page to come back.</summary>
    public async Task ContactResidentAsync(string caseNumber, string text)
    {
        await page.GetByLabel($"相談 {caseNumber} の相談者への連絡").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "連絡を送る" }).ClickAsync();
        await page.WaitForURLAsync("**#contact-*");
    }

    /// <summary>Opens 「相談者の履歴」, which records it, and waits until the reply box is enabled.</summary>
    public async Task OpenHistoryAsync()
    {
        await History.Locator("summary").ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(ReplyBox).ToBeEnabledAsync();
    }

    /// <summary>Replies; reads the history first if it has not been opened yet (the box is disabled until then).</summary>
    public async Task ReplyAsync(string text)
    {
        if (await ReplyBox.IsDisabledAsync())
        {
            await OpenHistoryAsync();
        }

        await ReplyBox.FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "返信する" }).ClickAsync();
        await page.GetByTestId("messages").GetByText(text).WaitForAsync();
    }

    /// <summary>Completes the task. With follow-up the app opens the new (unassigned) task it created, so this
    /// waits for that address; without, for 「この作業は完了しています。」.</summary>
    public async Task<DeskTaskPage> CompleteAsync(bool followUp = false)
    {
        var before = page.Url;
        if (followUp)
        {
            await page.GetByLabel("継続して対応が必要").CheckAsync();
        }

        // The button asks "よろしいですか？" first; a counselor answers yes.
        page.Dialog += AcceptOnce;
        await page.GetByRole(AriaRole.Button, new() { Name = "対応を完了する" }).ClickAsync();
        if (followUp)
        {
            await page.WaitForURLAsync(url => url != before && url.Contains("/Desk/Task/", StringComparison.Ordinal));
        }
        else
        {
            await page.GetByText("この作業は完了しています。").WaitForAsync();
        }

        return this;
    }

    private static void AcceptOnce(object? sender, IDialog dialog)
    {
        ((IPage)sender!).Dialog -= AcceptOnce;
        _ = dialog.AcceptAsync();
    }
}
