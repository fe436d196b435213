using CaseManagement.Testing.Core;
using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The form a resident writes their first message in and chooses a PIN on.</summary>
public sealed class ConsultPage(IPage page)
{
    public Task WriteAsync(string message) => page.GetByLabel("相談内容").FillAsync(message);

    public ILocator PinInput => page.GetByLabel("暗証番号（4〜8桁の数字）", new() { Exact = true });

    public async Task ChoosePinAsync(string pin, string? confirmation = null)
    {
        await PinInput.FillAsync(pin);
        await page.GetByLabel("暗証番号（確認のためもう一度）").FillAsync(confirmation ?? pin);
    }

    /// <summary>Sends the form; a test that did not choose a PIN gets <see cref="TestPin.Default"/>.</summary>
    public async Task<ConsultationPage> SendAsync()
    {
        // (a signed-in resident in a category without anonymous consultation is not asked for a PIN)
        if (await PinInput.CountAsync() > 0 && await PinInput.InputValueAsync() == "")
        {
            await ChoosePinAsync(TestPin.Default);
        }

        // The POST answers with a redirect to the secret link; anything else is reported with what the page said,
        // so that a failure explains itself instead of ending in a navigation timeout.
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "相談を送信する" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("/Resident/Consult/", StringComparison.Ordinal));
        if (response.Status != 302)
        {
            var shown = string.Join(" / ", await Errors.AllInnerTextsAsync());
            throw new InvalidOperationException($"sending the consultation answered {response.Status}: {shown}");
        }

        await page.WaitForURLAsync("**/Resident/Consultation/**");
        return new ConsultationPage(page);
    }

    public ILocator Errors => page.Locator(".cm-error");

    public ILocator ReceptionState => page.GetByTestId("reception-state");

    public ILocator Maintenance => page.GetByTestId("maintenance");
}
