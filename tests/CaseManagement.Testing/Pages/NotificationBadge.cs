using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The staff header's お知らせ link: the unread count badge, kept live over the desk hub.</summary>
public sealed class NotificationBadge(IPage page)
{
    /// <summary>The count; hidden while nothing is unread.</summary>
    public ILocator Count => page.GetByTestId("notification-badge");

    /// <summary>The polite live region that says 「新しいお知らせが届きました。」.</summary>
    public ILocator Announcement => page.GetByTestId("notifications-live");

    /// <summary>Waits until the badge's live connection to the desk hub is up.</summary>
    public Task WaitUntilLiveAsync() =>
        page.Locator("[data-notifications-count-url][data-live='connected']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>The unread count the page shows now (0 when the badge is hidden).</summary>
    public async Task<int> UnreadAsync() => await Count.IsVisibleAsync() ? int.Parse(await Count.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) : 0;
}
