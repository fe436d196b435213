using System.Text.RegularExpressions;
using CaseManagement.Features.Binding;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Features.Steps;

/// <summary>The admin's closure checklist and the counselor closing a case against it.</summary>
public sealed partial class ClosureChecklistSteps(ScenarioContext context)
{
    [Step("^管理者が「(.+)」の終了チェックリストで(「.+」)を必須にしている$")]
    public async Task AdminRequires(string category, string items)
    {
        var page = await context.AdminAsync();
        await new LoginPage(page).SignInAsync(DemoAccounts.Admin);
        await new AdminChecklistPage(page).RequireAsync(category, Quoted(items));
    }

    [Step("^終了チェックリストの(「.+」)は「(未入力|入力済み)」である$")]
    public async Task ItemsAre(string items, string state)
    {
        var closure = new DeskClosurePage(await context.CounselorAsync());
        foreach (var item in Quoted(items))
        {
            await Expect(closure.Item(item)).ToContainTextAsync(state);
        }
    }

    [Step("^相談員が継続対応なしで完了しようとする$")]
    public async Task TryToClose() => await new DeskClosurePage(await context.CounselorAsync()).TryToCloseAsync();

    [Step("^相談員が相談種別を「(.+)」にする$")]
    public async Task RecordConsultationType(string type) => await new DeskClosurePage(await context.CounselorAsync()).RecordConsultationTypeAsync(type);

    [Step("^相談員が対応結果を「(.+)」、継続支援の要否を「(.+)」と記録する$")]
    public async Task RecordClosure(string outcome, string followUp) =>
        await new DeskClosurePage(await context.CounselorAsync()).RecordClosureAsync(outcome, followUp);

    private static string[] Quoted(string items) => [.. QuotedItem().Matches(items).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("「([^」]+)」")]
    private static partial Regex QuotedItem();
}
