using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The resident's own consultation page behind the secret link, and the PIN it asks for first.</summary>
public sealed class ConsultationPage(IPage page)
{
    public IPage Page => page;

    public Task<string> SecretLinkAsync() => page.GetByTestId("secret-link").InnerTextAsync();

    public Task<string> CaseNumberAsync() => page.GetByTestId("case-number").InnerTextAsync();

    public ILocator Status => page.GetByTestId("case-status");

    public ILocator Messages => page.GetByTestId("messages").Locator("li");

    public ILocator CounselorMessages => page.GetByTestId("messages").Locator("li[data-author=staff]");

    public ILocator AutoReplies => page.GetByTestId("messages").Locator("li[data-author=autoreply]");

    public ILocator PinInput => page.GetByLabel("暗証番号（4〜8桁の数字）", new() { Exact = true });

    public ILocator PinWrong => page.GetByTestId("pin-wrong");

    public ILocator PinLocked => page.GetByTestId("pin-locked");

    public ILocator Expired => page.GetByTestId("link-expired");

    public async Task<ConsultationPage> OpenAsync(string secretLink)
    {
        await page.GotoAsync(secretLink);
        return this;
    }

    public async Task EnterPinAsync(string pin)
    {
        await PinInput.FillAsync(pin);
        await page.GetByRole(AriaRole.Button, new() { Name = "相談ページを開く" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public async Task SendAsync(string message)
    {
        await page.GetByLabel("追加で伝えたいこと").FillAsync(message);
        await page.GetByRole(AriaRole.Button, new() { Name = "送信する", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public async Task LeaveAsync()
    {
        await page.GetByTestId("leave").ClickAsync();
        await page.WaitForURLAsync("**/?left=true");
    }
}
