using CaseManagement.Core.Administration;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Consultations;
using CaseManagement.Testing.Core;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Administration;

/// <summary>Admins add and change categories without code; bad settings get Japanese messages and change nothing.</summary>
public sealed class CategoryAdministrationTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task An_admin_adds_a_category_that_residents_can_consult_in_at_once()
    {
        var settings = TestCategories.Weekdays("migration", "移住") with
        {
            DescriptionJa = "移住のご相談",
            WelcomeJa = "移住相談窓口へようこそ。",
            AutoReplyClosedJa = "時間外です。{next} 以降にお返事します。",
            ClosedDays = "2027-05-06 振替閉庁日",
        };

        await host.CreateAsync(settings);

        Assert.Contains(await host.SendAsync(TestActor.Resident, new ListCategories()), c => c.Code == "migration" && c.NameJa == "移住");
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("migration", "移住を考えています。", TestPin.Default));
        Assert.Matches(@"^\d{4}-\d{6}$", started.CaseNumber);
        var back = await host.SendAsync(TestCategories.Admin, new GetCategorySettings("migration"));
        Assert.Equal(settings, back with { Hours = settings.Hours });
        Assert.Equal(settings.Hours.Select(h => (h.Weekday, h.Open, h.Open ? "08:30" : null, h.Open ? "17:15" : null)),
            back.Hours.Select(h => (h.Weekday, h.Open, h.Opens, h.Closes)));
    }

    [Fact]
    public async Task An_admin_changes_hours_closed_days_and_texts_and_the_code_stays()
    {
        await host.CreateAsync(TestCategories.Weekdays("deaf", "聴覚障がい者"));
        var saturday = new WeekdayReception { Weekday = DayOfWeek.Saturday, Open = true, Opens = "9:00", Closes = "12:00" };
        var before = await host.SendAsync(TestCategories.Admin, new GetCategorySettings("deaf"));

        await host.SendAsync(TestCategories.Admin, new UpdateCategory(before with
        {
            NameJa = "聴覚障がい者相談",
            AllowAnonymous = false,
            Hours = [.. before.Hours.Select(h => h.Weekday == DayOfWeek.Saturday ? saturday : h.Weekday == DayOfWeek.Monday ? h with { Open = false } : h)],
            ClosedDays = "2027-06-01 設備点検",
            AutoReplyOpenJa = "受け付けました。",
        }));

        var after = await host.SendAsync(TestCategories.Admin, new GetCategorySettings("deaf"));
        Assert.Equal(("聴覚障がい者相談", false, "2027-06-01 設備点検", "受け付けました。"), (after.NameJa, after.AllowAnonymous, after.ClosedDays, after.AutoReplyOpenJa));
        Assert.Equal(("09:00", "12:00"), (after.Hours.Single(h => h.Weekday == DayOfWeek.Saturday).Opens, after.Hours.Single(h => h.Weekday == DayOfWeek.Saturday).Closes));
        Assert.False(after.Hours.Single(h => h.Weekday == DayOfWeek.Monday).Open);
        Assert.Equal(5, await host.QueryAsync(db => db.CategoryReceptionHours.CountAsync(h => db.Categories.Any(c => c.Id == h.CategoryId && c.Code == "deaf"))));
    }

    public static TheoryData<string, Func<CategorySettings, CategorySettings>, string> BadSettings => new()
    {
        { "bad code", s => s with { Code = "消費 生活" }, "分野コードは半角の英小文字・数字・ハイフンで" },
        { "no name", s => s with { NameJa = " " }, "分野名（日本語）を入力してください。" },
        { "closes before opens", s => s with { Hours = [.. s.Hours.Select(h => h.Weekday == DayOfWeek.Tuesday ? h with { Closes = "8:00" } : h)] }, "火曜日: 受付終了は受付開始より後の時刻にしてください。" },
        { "unreadable time", s => s with { Hours = [.. s.Hours.Select(h => h.Weekday == DayOfWeek.Monday ? h with { Opens = "25:00" } : h)] }, "月曜日: 受付開始と受付終了の時刻を「8:30」の形で入力してください。" },
        { "break outside", s => s with { Hours = [.. s.Hours.Select(h => h.Weekday == DayOfWeek.Friday ? h with { BreakStarts = "17:00", BreakEnds = "18:00" } : h)] }, "金曜日: 休憩は受付時間の中に収めてください。" },
        { "half a break", s => s with { Hours = [.. s.Hours.Select(h => h.Weekday == DayOfWeek.Friday ? h with { BreakStarts = "12:00" } : h)] }, "金曜日: 休憩は開始と終了の両方を" },
        { "no open day", s => s with { Hours = [.. s.Hours.Select(h => h with { Open = false })] }, "受付する曜日を少なくとも1つ選んでください。" },
        { "unreadable closed day", s => s with { ClosedDays = "2027-05-06 閉庁日\n5月7日 閉庁日" }, "休業日の2行目「5月7日 閉庁日」を日付として読めません。" },
        { "closed day twice", s => s with { ClosedDays = "2027-05-06\n2027/5/6 閉庁日" }, "休業日の2行目: 2027-05-06 はすでに登録されています。" },
        { "workflow not published", s => s with { WorkflowProcessId = "no-such-process" }, "選んだワークフローは公開されていません。" },
        { "code taken", s => s with { Code = "child" }, "この分野コードはすでに使われています。" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Bad_settings_are_refused_in_Japanese_and_create_nothing(string why, Func<CategorySettings, CategorySettings> spoil, string message)
    {
        var before = await host.QueryAsync(db => db.Categories.CountAsync());

        var e = await Assert.ThrowsAsync<ValidationException>(() => host.CreateAsync(spoil(TestCategories.Weekdays("marriage", "婚活"))));

        Assert.True(e.Errors.Any(x => x.ErrorMessage.Contains(message, StringComparison.Ordinal)), $"{why}: {string.Join(" / ", e.Errors.Select(x => x.ErrorMessage))}");
        Assert.Equal(before, await host.QueryAsync(db => db.Categories.CountAsync()));
    }

    [Fact]
    public async Task Only_admins_manage_categories()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Hanako, new CreateCategory(TestCategories.Weekdays("kids", "子ども"))));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(TestActor.Resident, new GetCategorySettings("child")));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Ichiro, new ListCategorySummaries()));
    }
}
