using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The form a resident writes their first message in.</summary>
public sealed class ConsultPage(IPage page)
{
    public Task WriteAsync(string message) => page.GetByLabel("相談内容").FillAsync(message);

    public async Task<ConsultationPage> SendAsync()
    {
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
}
