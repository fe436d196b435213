using CaseManagement.Features.Binding;
using CaseManagement.Testing.Pages;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Features.Steps;

/// <summary>The PIN of an anonymous consultation: choosing it, leaving the device, entering it.</summary>
public sealed class PinSteps(ScenarioContext context)
{
    private readonly ResidentSteps resident = new(context);

    [Step("^住民が暗証番号「(\\d+)」を決めて「(.+)」で「(.+)」と相談を始めている$")]
    public async Task HasStartedWithPin(string pin, string category, string message)
    {
        await resident.OpenSite();
        await resident.ChooseCategory(category);
        var consult = new ConsultPage(await context.ResidentAsync());
        await consult.WriteAsync(message);
        await consult.ChoosePinAsync(pin);
        var consultation = await consult.SendAsync();
        context.SecretLink = (await consultation.SecretLinkAsync()).Trim();
        context.CaseNumber = (await consultation.CaseNumberAsync()).Trim();
    }

    [Step("^住民がこの端末から相談の記録を消す$")]
    public async Task Leave() => await new ConsultationPage(await context.ResidentAsync()).LeaveAsync();

    [Step("^住民が暗証番号「(\\d+)」を入力する$")]
    public async Task EnterPin(string pin) => await new ConsultationPage(await context.ResidentAsync()).EnterPinAsync(pin);

    [Step("^住民が暗証番号「(\\d+)」を(\\d+)回入力する$")]
    public async Task EnterPinTimes(string pin, string times)
    {
        for (var i = 0; i < int.Parse(times, System.Globalization.CultureInfo.InvariantCulture); i++)
        {
            await EnterPin(pin);
        }
    }

    [Step("^暗証番号の入力欄は表示されない$")]
    public async Task NoPinInput() => await Expect(new ConsultationPage(await context.ResidentAsync()).PinInput).ToHaveCountAsync(0);

    [Step("^住民が暗証番号「(\\d+)」を決めて「(.+)」と書いて送信しようとする$")]
    public async Task TryToSend(string pin, string message)
    {
        var page = await context.ResidentAsync();
        await using (var conn = new NpgsqlConnection(context.App.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT count(*) FROM cases", conn);
            context.CasesBefore = (long)(await cmd.ExecuteScalarAsync())!;
        }

        var consult = new ConsultPage(page);
        await consult.WriteAsync(message);
        await consult.ChoosePinAsync(pin);
        await page.GetByRole(AriaRole.Button, new() { Name = "相談を送信する" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
