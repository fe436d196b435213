using CaseManagement.Features.Binding;
using CaseManagement.Testing.Pages;
using Microsoft.Playwright;
using Npgsql;

namespace CaseManagement.Features.Steps;

/// <summary>A resident who sends nothing: the message is refused and no case is created.</summary>
public sealed class EmptyConsultationSteps(ScenarioContext context)
{
    [Step("^住民が何も書かずに送信する$")]
    public async Task SendEmpty()
    {
        var page = await context.ResidentAsync();
        context.CasesBefore = await CountCasesAsync();
        await new ConsultPage(page).WriteAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "相談を送信する" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    [Step("^相談は作られない$")]
    public async Task NothingCreated()
    {
        var page = await context.ResidentAsync();
        Assert.Contains("/Resident/Consult/", page.Url, StringComparison.Ordinal);
        Assert.Equal(context.CasesBefore, await CountCasesAsync());
    }

    private async Task<long> CountCasesAsync()
    {
        await using var conn = new NpgsqlConnection(context.App.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM cases", conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
