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

    public ILocator Row(string caseNumber) => page.Locator($"tr[data-case-number='{caseNumber}']");

    public async Task<DeskTaskPage> ClaimAsync(string caseNumber)
    {
        await Row(caseNumber).GetByRole(AriaRole.Button, new() { Name = "担当する" }).ClickAsync();
        await page.WaitForURLAsync("**/Desk/Task/**");
        return new DeskTaskPage(page);
    }
}
