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

    /// <summary>The queue's rows in the order shown.</summary>
    public ILocator Rows => page.GetByTestId("queue").Locator("tbody tr");

    /// <summary>「全 N 件中 a〜b 件を表示」.</summary>
    public ILocator Range => page.GetByTestId("queue-range");

    public async Task GoToPageAsync(int number)
    {
        await page.GetByTestId("pager").GetByRole(AriaRole.Link, new() { Name = $"{number} ページ目", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**PageNumber={number}*");
    }

    /// <summary>Chooses a sort (期限, 受付日時, 経過時間, 相談分野), its order and the page size, and applies the filter form.</summary>
    public async Task SortAsync(string by, bool descending, int pageSize = 25)
    {
        await page.GetByLabel("並べ替え").SelectOptionAsync(new SelectOptionValue { Label = by });
        await page.GetByLabel("順序").SelectOptionAsync(new SelectOptionValue { Label = descending ? "降順" : "昇順" });
        await page.GetByLabel("表示件数").SelectOptionAsync(new SelectOptionValue { Label = $"{pageSize} 件" });
        await page.GetByRole(AriaRole.Button, new() { Name = "絞り込む" }).ClickAsync();
        await page.WaitForURLAsync("**Sort=*");
    }

    public async Task<DeskTaskPage> ClaimAsync(string caseNumber)
    {
        await Row(caseNumber).GetByRole(AriaRole.Button, new() { Name = "担当する" }).ClickAsync();
        await page.WaitForURLAsync("**/Desk/Task/**");
        return new DeskTaskPage(page);
    }
}
