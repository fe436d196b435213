using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>A task's workspace as closing a case needs it: the closure checklist (終了チェックリスト), the fields it
/// asks for, and a completion that the checklist may refuse.</summary>
public sealed class DeskClosurePage(IPage page)
{
    public ILocator Checklist => page.GetByTestId("closure-checklist");

    /// <summary>The checklist line of one item (相談種別, 対応結果, 継続支援の要否…); its text says 入力済み or 未入力.</summary>
    public ILocator Item(string label) => Checklist.Locator("li", new() { HasText = label + "：" });

    /// <summary>The refusal shown above the workspace.</summary>
    public ILocator Error => page.Locator(".cm-error[role='alert']");

    /// <summary>Sets 相談種別 in the statistics form and saves it.</summary>
    public async Task RecordConsultationTypeAsync(string label)
    {
        var form = page.GetByTestId("case-attributes");
        await form.GetByLabel("相談種別").SelectOptionAsync(new SelectOptionValue { Label = label });
        await form.GetByRole(AriaRole.Button, new() { Name = "項目を保存する" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    /// <summary>Records 対応結果 and 継続支援の要否 (要 / 不要) in the closure form and saves them.</summary>
    public async Task RecordClosureAsync(string outcome, string followUpSupport)
    {
        var form = page.GetByTestId("closure-record");
        await form.GetByLabel("対応結果").SelectOptionAsync(new SelectOptionValue { Label = outcome });
        await form.GetByRole(AriaRole.Group, new() { Name = "継続支援の要否" }).GetByLabel(followUpSupport, new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "終了の記録を保存する" }).ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(Item("対応結果")).ToContainTextAsync("入力済み");
    }

    /// <summary>Completes without follow-up (which would close the case) and waits for the refusal.</summary>
    public async Task TryToCloseAsync()
    {
        page.Dialog += AcceptOnce;
        await page.GetByRole(AriaRole.Button, new() { Name = "対応を完了する" }).ClickAsync();
        await Error.WaitForAsync();
    }

    private static void AcceptOnce(object? sender, IDialog dialog)
    {
        ((IPage)sender!).Dialog -= AcceptOnce;
        _ = dialog.AcceptAsync();
    }
}
