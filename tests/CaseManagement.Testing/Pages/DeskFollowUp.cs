using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>Completing a desk task with 継続して対応が必要: the app then opens the follow-up task it created,
/// which is unassigned, so neither the reply box nor 「この作業は完了しています。」 is shown.</summary>
public sealed class DeskFollowUp(IPage page)
{
    public async Task<DeskTaskPage> CompleteAsync()
    {
        var before = page.Url;
        await page.GetByLabel("継続して対応が必要").CheckAsync();
        page.Dialog += AcceptOnce;
        await page.GetByRole(AriaRole.Button, new() { Name = "対応を完了する" }).ClickAsync();
        await page.WaitForURLAsync(url => url != before && url.Contains("/Desk/Task/", StringComparison.Ordinal));
        return new DeskTaskPage(page);
    }

    private static void AcceptOnce(object? sender, IDialog dialog)
    {
        ((IPage)sender!).Dialog -= AcceptOnce;
        _ = dialog.AcceptAsync();
    }
}
