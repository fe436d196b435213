using CaseManagement.Features.Binding;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Features.Steps;

/// <summary>What either person sees on their screen right now.</summary>
public sealed class ScreenSteps(ScenarioContext context)
{
    [Step("^(住民|相談員)の画面に「(.+)」と表示される$")]
    public async Task Shows(string who, string text)
    {
        var page = who == "住民" ? await context.ResidentAsync() : await context.CounselorAsync();
        await Expect(page.GetByText(text).First).ToBeVisibleAsync();
    }
}
