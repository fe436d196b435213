using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>On a phone (390×844): sign in with the code from the development mailbox, start a consultation, find it
/// under わたしの相談, sign out.</summary>
public sealed class ResidentSignInFlowTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_resident_signs_in_by_mail_consults_and_finds_the_consultation_under_my_consultations()
    {
        await using var phone = await chromium.PhoneAsync(app.BaseAddress);
        var page = await phone.NewPageAsync();
        var mailbox = await phone.NewPageAsync();
        var email = $"hanako.{Guid.NewGuid():N}"[..20] + "@example.jp";

        // the resident taps サインイン in the header and asks for a code
        await new ResidentHomePage(page).OpenAsync();
        await page.GetByTestId("nav-sign-in").ClickAsync();
        var signIn = new ResidentSignInPage(page);
        await Screenshots.SaveAsync(page, "resident-sign-in-01-address");
        await signIn.RequestCodeAsync(email);

        // reads it in the development mailbox and types it
        var code = await new DevMailboxPage(mailbox).CodeForAsync(email);
        await Screenshots.SaveAsync(mailbox, "resident-sign-in-02-dev-mailbox");
        await signIn.EnterCodeAsync(code);
        var mine = new MyConsultationsPage(page);
        await Expect(mine.Heading).ToBeVisibleAsync();
        await Expect(page.GetByTestId("no-cases")).ToBeVisibleAsync();

        // starts a consultation while signed in
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "新しく相談する" }).ClickAsync();
        var consult = await new ResidentHomePage(page).ChooseCategoryAsync("児童相談");
        await consult.WriteAsync("サインインして相談します。子どもの通園について。");
        var consultation = await consult.SendAsync();
        var caseNumber = await consultation.CaseNumberAsync();

        // and finds it under わたしの相談, with the message
        await page.GetByTestId("nav-my-consultations").ClickAsync();
        await Expect(mine.Case(caseNumber)).ToContainTextAsync("児童相談");
        await Expect(mine.Case(caseNumber)).ToContainTextAsync("対応中");
        await Screenshots.SaveAsync(page, "resident-sign-in-03-my-consultations");
        var opened = await mine.OpenCaseAsync(caseNumber);
        await Expect(opened.Messages.First).ToContainTextAsync("子どもの通園について");
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"わたしの相談 scrolls sideways by {overflow}px on a 390px screen");

        // signing out ends it: わたしの相談 asks for sign-in again
        await mine.SignOutAsync();
        await mine.OpenAsync();
        await page.WaitForURLAsync("**/Resident/SignIn**");
        await Expect(page.GetByLabel("メールアドレス")).ToBeVisibleAsync();
    }
}
