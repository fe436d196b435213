using System.Globalization;
using CaseManagement.Features.Binding;
using CaseManagement.Testing.Files;
using CaseManagement.Testing.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Features.Steps;

/// <summary>The live chat between the resident's phone and the counselor's desk (features/resident/ライブチャット.feature).</summary>
public sealed class LiveChatSteps(ScenarioContext context)
{
    // Without the hub, news comes by polling every few seconds.
    private static readonly LocatorAssertionsToHaveCountOptions Arrives = new() { Timeout = 15_000 };

    [Step("^住民が「(.+)」と入力している$")]
    public async Task Typing(string text) => await new ResidentChatPage(await context.ResidentAsync()).TypeAsync(text);

    [Step("^住民が「(.+)」と送る$")]
    public async Task Send(string text) => await new ResidentChatPage(await context.ResidentAsync()).SendAsync(text);

    [Step("^相談員の画面に住民のメッセージ「(.+)」が届く$")]
    public async Task CounselorReceives(string text) =>
        await Expect(new DeskChatPanel(await context.CounselorAsync()).Messages.Filter(new() { HasText = text })).ToHaveCountAsync(1, Arrives);

    [Step("^住民の画面に相談員の返信「(.+)」が届く$")]
    public async Task ResidentReceives(string text) =>
        await Expect(new ResidentChatPage(await context.ResidentAsync()).CounselorMessages.Filter(new() { HasText = text })).ToHaveCountAsync(1, Arrives);

    [Step("^相談員の返信「(.+)」に既読が付く$")]
    public async Task ReadMark(string text) =>
        await Expect(new DeskChatPanel(await context.CounselorAsync()).ReadMarkOn(text)).ToHaveCountAsync(1, Arrives);

    [Step("^住民が写真「(.+)」を送る$")]
    public async Task Attach(string fileName) =>
        await new ResidentChatPage(await context.ResidentAsync()).AttachAsync(fileName, "image/png", SampleFiles.Png);

    [Step("^相談員の画面に添付ファイル「(.+)」が届く$")]
    public async Task CounselorGetsFile(string fileName) =>
        await Expect((await context.CounselorAsync()).GetByTestId("messages").GetByRole(AriaRole.Link, new() { Name = fileName })).ToHaveCountAsync(1, Arrives);

    [Step("^住民が「(.+)」という名前のプログラムを送ろうとする$")]
    public async Task AttachProgram(string fileName)
    {
        var page = await context.ResidentAsync();
        await page.GetByLabel("写真・PDF を送る").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "image/png", Buffer = SampleFiles.Exe });
        await page.GetByRole(AriaRole.Button, new() { Name = "ファイルを送信する" }).ClickAsync();
    }

    [Step("^住民が相談ページを再読み込みする$")]
    public async Task Reload() => await (await context.ResidentAsync()).ReloadAsync();

    [Step("^住民の相談ページに住民と相談員のやりとりが (\\d+) 件表示される$")]
    public async Task MessageCount(string count) =>
        await Expect(new ResidentChatPage(await context.ResidentAsync()).Conversation).ToHaveCountAsync(int.Parse(count, CultureInfo.InvariantCulture));

    [Step("^住民と相談員のブラウザはリアルタイムの接続ができない$")]
    public async Task NoHub()
    {
        await (await context.ResidentAsync()).Context.RouteAsync("**/hub/negotiate**", route => route.AbortAsync());
        await (await context.CounselorAsync()).Context.RouteAsync("**/hubs/chat/negotiate**", route => route.AbortAsync());
    }
}
