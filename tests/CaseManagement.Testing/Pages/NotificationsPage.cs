using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The staff member's お知らせ list.</summary>
public sealed class NotificationsPage(IPage page)
{
    public ILocator Items => page.GetByTestId("notifications").Locator("li");

    public async Task<NotificationsPage> OpenAsync()
    {
        await page.GotoAsync("/Desk/Notifications");
        return this;
    }

    public async Task MarkAllReadAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "すべて既読にする" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }
}
