using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>On a 390×844 phone: start with a PIN, open the secret link on another device (PIN asked, wrong one
/// refused, right one opens), leave the first device (the PIN is asked again); nothing in web storage.</summary>
public sealed class ResidentPhoneTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_resident_starts_with_a_PIN_and_reopens_the_link_on_another_phone_with_it()
    {
        await using var phone = await chromium.PhoneAsync(app.BaseAddress);
        var page = await phone.NewPageAsync();

        var consult = await (await new ResidentHomePage(page).OpenAsync()).ChooseCategoryAsync("児童相談");
        await Expect(consult.ReceptionState).ToBeVisibleAsync();
        await consult.WriteAsync("子どもの言葉の発達が気になります。");
        await consult.ChoosePinAsync("4826");
        await Screenshots.SaveAsync(page, "20-resident-consult-pin");
        await AssertFitsAsync(page);
        var started = await consult.SendAsync();
        var link = (await started.SecretLinkAsync()).Trim();
        var caseNumber = await started.CaseNumberAsync();
        await Expect(page.GetByTestId("started-notice")).ToContainTextAsync("暗証番号はこの画面にも表示されません");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("4826");
        await Screenshots.SaveAsync(page, "21-resident-started");
        await AssertFitsAsync(page);

        // the same link on another phone asks for the PIN and shows nothing of the consultation before it
        await using var other = await chromium.PhoneAsync(app.BaseAddress);
        var second = new ConsultationPage(await other.NewPageAsync());
        await second.OpenAsync(link);
        await Expect(second.PinInput).ToBeVisibleAsync();
        await Expect(second.Page.Locator("body")).Not.ToContainTextAsync("言葉の発達");
        await Screenshots.SaveAsync(second.Page, "22-resident-pin-asked");
        await AssertFitsAsync(second.Page);
        await second.EnterPinAsync("1357");
        await Expect(second.PinWrong).ToContainTextAsync("あと 4 回");
        await Screenshots.SaveAsync(second.Page, "23-resident-pin-wrong");
        await second.EnterPinAsync("4826");
        await Expect(second.Messages.First).ToContainTextAsync("子どもの言葉の発達が気になります。");
        await Expect(second.Page.GetByTestId("case-number")).ToHaveTextAsync(caseNumber);
        await Screenshots.SaveAsync(second.Page, "24-resident-reopened");
        await AssertFitsAsync(second.Page);

        // nothing personal in web storage on either phone
        foreach (var p in new[] { page, second.Page })
        {
            Assert.Equal(0, await p.EvaluateAsync<int>("localStorage.length + sessionStorage.length"));
        }

        // leaving the first phone clears it: the link asks for the PIN again there
        await started.LeaveAsync();
        Assert.Empty(await phone.CookiesAsync());
        await started.OpenAsync(link);
        await Expect(started.PinInput).ToBeVisibleAsync();
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls sideways by {overflow}px on a 390px screen");
    }
}
