using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The development mailbox (/dev/mailbox), where ./run and the tests receive residents' sign-in codes.</summary>
public sealed partial class DevMailboxPage(IPage page)
{
    /// <summary>Opens the mailbox and reads the newest code sent to <paramref name="email"/>. The mail leaves the outbox
    /// a moment after the request commits, so the page is reloaded (as a person would) until it is there.</summary>
    public async Task<string> CodeForAsync(string email, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        var mail = page.Locator($"li[data-to='{email}']").First;
        await page.GotoAsync("/dev/mailbox");
        while (await mail.CountAsync() == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("no mail to " + email + " in the development mailbox");
            }

            await page.ReloadAsync();
        }

        return SixDigits().Match(await mail.GetByTestId("mail-body").InnerTextAsync()).Value;
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
