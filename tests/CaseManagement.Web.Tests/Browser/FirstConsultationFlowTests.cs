using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>The whole first flow in Chromium: a resident on a phone and a counselor at a desk, two browser contexts.</summary>
public sealed class FirstConsultationFlowTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_resident_consults_from_a_phone_and_reads_the_counselors_reply_after_the_case_closes()
    {
        await using var phone = await chromium.PhoneAsync(app.BaseAddress);
        await using var desk = await chromium.DesktopAsync(app.BaseAddress);
        var resident = await phone.NewPageAsync();
        var counselor = await desk.NewPageAsync();

        // a resident opens the site on a phone, picks 児童相談 and writes without an account
        var home = await new ResidentHomePage(resident).OpenAsync();
        await Screenshots.SaveAsync(resident, "01-resident-home");
        var consult = await home.ChooseCategoryAsync("児童相談");
        await consult.WriteAsync("3歳の子どもの発達について相談したいです。");
        var consultation = await consult.SendAsync();
        var link = await consultation.SecretLinkAsync();
        var caseNumber = await consultation.CaseNumberAsync();
        await Expect(consultation.Status).ToHaveTextAsync("対応中");
        await Screenshots.SaveAsync(resident, "02-resident-started");
        Assert.Matches(@"/Resident/Consultation/[A-Za-z0-9_-]{43}$", link);

        // the counselor signs in, claims the task from the queue, replies and completes it
        await new LoginPage(counselor).SignInAsync(DemoAccounts.Counselor);
        var queue = await new DeskQueuePage(counselor).OpenAsync();
        await Expect(queue.Row(caseNumber)).ToContainTextAsync("未割当");
        await Screenshots.SaveAsync(counselor, "03-desk-queue");
        var task = await queue.ClaimAsync(caseNumber);
        await Expect(task.Assignee).ToHaveTextAsync("相談 花子");
        await task.OpenHistoryAsync();
        await Expect(task.Messages.First).ToContainTextAsync("3歳の子どもの発達について");
        await task.ReplyAsync("ご相談ありがとうございます。発達の様子を詳しく教えてください。");
        await Screenshots.SaveAsync(counselor, "04-desk-replied");
        await task.CompleteAsync(followUp: false);
        await Expect(task.Status).ToHaveTextAsync("終了");

        // the resident comes back through the secret link and reads the reply; the case shows as closed
        await consultation.OpenAsync(link);
        await Expect(consultation.CounselorMessages).ToHaveCountAsync(1);
        await Expect(consultation.CounselorMessages.First).ToContainTextAsync("発達の様子を詳しく教えてください。");
        await Expect(consultation.Status).ToHaveTextAsync("終了");
        await Screenshots.SaveAsync(resident, "05-resident-reply-closed");

        // and the finished case has left the queue
        await queue.OpenAsync();
        await Expect(queue.Row(caseNumber)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_resident_pages_fit_a_390_pixel_screen_without_sideways_scrolling()
    {
        await using var phone = await chromium.PhoneAsync(app.BaseAddress);
        var page = await phone.NewPageAsync();

        foreach (var path in new[] { "/", "/Resident/Consult/child" })
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px on a 390px screen");
        }
    }
}
