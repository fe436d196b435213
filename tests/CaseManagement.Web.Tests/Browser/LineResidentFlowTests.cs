using System.Text.Json;
using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Line;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>A resident who comes through LINE, end to end against the fake LINE server: LINE Login on a phone, a
/// consultation, the counselor's reply at the desk, a LINE push that says only that a reply waits (with the link),
/// and the link opening the reply. Nothing of the consultation ever reaches "LINE".</summary>
public sealed class LineResidentFlowTests(LineTestApp fixture, Chromium chromium) : IClassFixture<LineTestApp>
{
    [Fact]
    public async Task A_LINE_resident_is_told_by_push_that_a_reply_waits_and_reads_it_through_the_link()
    {
        var app = fixture.App;
        var lineUser = FakeLineServer.NewUserId();
        fixture.Line.NextLoginUser = (lineUser, "LINE 花子");
        var marker = Guid.NewGuid().ToString("N");
        await using var phone = await chromium.PhoneAsync(app.BaseAddress);
        await using var desk = await chromium.DesktopAsync(app.BaseAddress);
        var resident = await phone.NewPageAsync();
        var counselor = await desk.NewPageAsync();

        // the resident signs in with LINE (the fake LINE consents at once) and lands on わたしの相談
        await new ResidentSignInPage(resident).OpenAsync();
        await new ResidentSignInPage(resident).SignInWithLineAsync();
        await Expect(new MyConsultationsPage(resident).Heading).ToBeVisibleAsync();

        // and consults, writing something only this test knows
        var consult = await (await new ResidentHomePage(resident).OpenAsync()).ChooseCategoryAsync("児童相談");
        await consult.WriteAsync("LINE から来ました。" + marker + " 家族のことで相談です。");
        var caseNumber = await (await consult.SendAsync()).CaseNumberAsync();

        // the counselor replies, quoting it
        await new LoginPage(counselor).SignInAsync(DemoAccounts.Counselor);
        var task = await (await new DeskQueuePage(counselor).OpenAsync()).ClaimAsync(caseNumber);
        await task.ReplyAsync("ご相談ありがとうございます。" + marker + " について伺います。");

        // LINE gets a push to that user: the notice and the link to the case, nothing else
        var push = await fixture.Line.WaitForAsync(r => r.PathAndQuery == "/v2/bot/message/push" && r.Body.Contains(lineUser, StringComparison.Ordinal));
        using var json = JsonDocument.Parse(push.Body);
        var text = Assert.Single(json.RootElement.GetProperty("messages").EnumerateArray()).GetProperty("text").GetString()!;
        var lines = text.Split('\n');
        Assert.Equal("相談員から返信が届いています。次のリンクからご確認ください。", lines[0]);
        Assert.Matches("^" + LineTestApp.SiteUrl + "/Resident/Mine/[0-9a-f-]{36}$", lines[1]);
        Assert.Equal(2, lines.Length);
        Assert.DoesNotContain(fixture.Line.Requests, r => r.Everything.Contains(marker, StringComparison.Ordinal));

        // the link (on this test's host) opens the reply for the signed-in resident
        await resident.GotoAsync(lines[1][LineTestApp.SiteUrl.Length..]);
        await Expect(resident.GetByTestId("case-number")).ToHaveTextAsync(caseNumber);
        await Expect(new ConsultationPage(resident).CounselorMessages).ToContainTextAsync([marker + " について伺います。"]);
        await Screenshots.SaveAsync(resident, "line-resident-reply-through-push-link");
    }
}
