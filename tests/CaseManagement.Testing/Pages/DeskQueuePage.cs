using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The counselor's queue.</summary>
public sealed class DeskQueuePage(IPage page)
{
    public async Task<DeskQueuePage> OpenAsync()
    {
        await page.GotoAsync("/Desk");
        return this;
    }

    /// <summary>The polite live region that announces queue changes (「新しい相談が届きました。」).</summary>
    public ILocator Announcement => page.GetByTestId("desk-live");

    /// <summary>Waits until the page's live connection to the desk hub is up.</summary>
    public Task WaitUntilLiveAsync() => page.Locator("#desk-queue[data-live='connected']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public ILocator Row(string caseNumber) => page.Locator($"tr[data-case-number='{caseNumber}']");

    public async Task<DeskTaskPage> ClaimAsync(string caseNumber)
    {
        await Row(caseNumber).GetByRole(AriaRole.Button, new() { Name = "担当する" }).ClickAsync();
        await page.WaitForURLAsync("**/Desk/Task/**");
        return new DeskTaskPage(page);
    }
}
