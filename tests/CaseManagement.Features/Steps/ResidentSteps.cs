using CaseManagement.Features.Binding;
using CaseManagement.Testing.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Features.Steps;

/// <summary>The resident on a phone: the home page, the first message, the consultation behind the secret link.</summary>
public sealed class ResidentSteps(ScenarioContext context)
{
    [Step("^住民がスマートフォンで相談サイトを開く$")]
    public async Task OpenSite() => await new ResidentHomePage(await context.ResidentAsync()).OpenAsync();

    [Step("^住民が「(.+)」を選ぶ$")]
    public async Task ChooseCategory(string category) =>
        await new ResidentHomePage(await context.ResidentAsync()).ChooseCategoryAsync(category);

    [Step("^住民が「(.+)」と書いて送信する$")]
    public async Task WriteAndSend(string message)
    {
        var consult = new ConsultPage(await context.ResidentAsync());
        await consult.WriteAsync(message);
        await RememberAsync(await consult.SendAsync());
    }

    [Step("^住民が「(.+)」で「(.+)」と相談を始めている$")]
    public async Task HasStarted(string category, string message)
    {
        await OpenSite();
        await ChooseCategory(category);
        await WriteAndSend(message);
    }

    [Step("^住民に秘密のリンクと受付番号が表示される$")]
    public void SecretLinkAndCaseNumberShown()
    {
        var link = ScenarioContext.Require(context.SecretLink, "秘密のリンク");
        Assert.StartsWith(context.App.BaseAddress + "Resident/Consultation/", link, StringComparison.Ordinal);
        Assert.True(link.Length > (context.App.BaseAddress + "Resident/Consultation/").Length + 16, "秘密のリンクが短すぎます: " + link);
        Assert.False(string.IsNullOrWhiteSpace(context.CaseNumber), "受付番号が表示されていません");
    }

    [Step("^住民が秘密のリンクから相談ページを開く$")]
    public async Task OpenSecretLink() =>
        await new ConsultationPage(await context.ResidentAsync()).OpenAsync(ScenarioContext.Require(context.SecretLink, "秘密のリンク"));

    [Step("^住民が存在しない秘密のリンクを開く$")]
    public async Task OpenWrongLink() =>
        await new ConsultationPage(await context.ResidentAsync()).OpenAsync("/Resident/Consultation/" + Guid.NewGuid().ToString("N"));

    [Step("^住民の相談ページの状況は「(.+)」である$")]
    public async Task StatusIs(string status) =>
        await Expect(new ConsultationPage(await context.ResidentAsync()).Status).ToHaveTextAsync(status);

    [Step("^住民の相談ページに同じ受付番号が表示される$")]
    public async Task SameCaseNumber() =>
        await Expect((await context.ResidentAsync()).GetByTestId("case-number")).ToHaveTextAsync(ScenarioContext.Require(context.CaseNumber, "受付番号"));

    [Step("^住民の相談ページに自分の相談「(.+)」が表示される$")]
    public async Task OwnMessageShown(string message) =>
        await Expect(new ConsultationPage(await context.ResidentAsync()).Messages.Filter(new() { HasText = message })).ToHaveCountAsync(1);

    [Step("^住民に相談員の返信「(.+)」が表示される$")]
    public async Task ReplyShown(string reply) =>
        await Expect(new ConsultationPage(await context.ResidentAsync()).CounselorMessages.Filter(new() { HasText = reply })).ToHaveCountAsync(1);

    private async Task RememberAsync(ConsultationPage consultation)
    {
        context.SecretLink = (await consultation.SecretLinkAsync()).Trim();
        context.CaseNumber = (await consultation.CaseNumberAsync()).Trim();
    }
}
