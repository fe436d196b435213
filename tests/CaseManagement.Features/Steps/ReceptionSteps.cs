using CaseManagement.Core.Administration;
using CaseManagement.Core.Common.Security;
using CaseManagement.Features.Binding;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Pages;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Features.Steps;

/// <summary>Reception hours and auto-replies: a category an admin set up, the app's clock, the answer shown.</summary>
public sealed class ReceptionSteps(ScenarioContext context)
{
    [Step("^管理者が相談分野「(.+)」を平日 (\\d+):(\\d+)〜(\\d+):(\\d+) の受付で登録している$")]
    public async Task CategoryRegistered(string name, string fromHour, string fromMinute, string toHour, string toMinute)
    {
        await using var scope = context.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemActor();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var code = "feature-" + Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(name)).ToLowerInvariant()[..12];
        if ((await mediator.Send(new ListCategories())).Any(c => c.Code == code))
        {
            return;
        }

        await mediator.Send(new CreateCategory(new CategorySettings
        {
            Code = code, NameJa = name, NameEn = name, WorkflowProcessId = "consultation", SortOrder = 50,
            Hours = [.. WeekdayReception.Week.Select(d => d is DayOfWeek.Saturday or DayOfWeek.Sunday
                ? new WeekdayReception { Weekday = d }
                : new WeekdayReception { Weekday = d, Open = true, Opens = $"{fromHour}:{fromMinute}", Closes = $"{toHour}:{toMinute}" })],
        }));
    }

    /// <summary>Later than the real date, so that the cases' timers lie in the future; released after the scenario.</summary>
    [Step("^今は (\\d+)年(\\d+)月(\\d+)日 (\\d+)時(\\d+)分 である$")]
    public void Now(string year, string month, string day, string hour, string minute) =>
        context.App.Clock.Set(TestClock.Jst(Number(year), Number(month), Number(day), Number(hour), Number(minute)));

    private static int Number(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    [Step("^住民に自動応答「(.+)」が表示される$")]
    public async Task AutoReplyShown(string text) =>
        await Expect(new ConsultationPage(await context.ResidentAsync()).AutoReplies.Filter(new() { HasText = text })).ToHaveCountAsync(1);

    [Step("^住民に自動応答は表示されない$")]
    public async Task NoAutoReply()
    {
        var consultation = new ConsultationPage(await context.ResidentAsync());
        await Expect(consultation.Messages.First).ToBeVisibleAsync();
        await Expect(consultation.AutoReplies).ToHaveCountAsync(0);
    }
}
