using CaseManagement.Core.Administration;
using CaseManagement.Testing.Core;
using static CaseManagement.Testing.Core.TestClock;

namespace CaseManagement.Core.Tests.Administration;

/// <summary>Is a category's desk open at this minute? Boundaries, weekends, national holidays, the category's own
/// closed days, a break and 年末年始, on a controlled clock (2027-04-02 is a Friday, 2027-07-19 海の日).</summary>
public sealed class ReceptionHoursTests(CoreTestHost host) : IClassFixture<CoreTestHost>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        if ((await host.SendAsync(TestCategories.Admin, new ListCategorySummaries())).Any(c => c.Code == "consumer"))
        {
            return;
        }

        await host.CreateAsync(TestCategories.Weekdays("consumer", "消費生活") with { ClosedDays = "2027-04-08 研修日\n2027/4/9" });
        var lunch = TestCategories.Weekdays("marriage", "婚活");
        await host.CreateAsync(lunch with
        {
            Hours = [.. lunch.Hours.Select(h => h.Open ? h with { Opens = "9:00", Closes = "17:00", BreakStarts = "12:00", BreakEnds = "13:00" } : h)],
            ClosedAtYearEnd = false,
        });
    }

    public ValueTask DisposeAsync()
    {
        host.Clock.Release();
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData(2027, 4, 2, 8, 29, false)] // 金 開庁前
    [InlineData(2027, 4, 2, 8, 30, true)] // 受付開始ちょうど
    [InlineData(2027, 4, 2, 17, 14, true)]
    [InlineData(2027, 4, 2, 17, 15, false)] // 受付終了ちょうどは時間外
    [InlineData(2027, 4, 3, 10, 0, false)] // 土
    [InlineData(2027, 4, 4, 10, 0, false)] // 日
    [InlineData(2027, 7, 19, 10, 0, false)] // 海の日
    [InlineData(2027, 4, 8, 10, 0, false)] // この分野の研修日
    [InlineData(2027, 4, 9, 10, 0, false)] // この分野の休業日 (名称なし)
    [InlineData(2027, 4, 7, 10, 0, true)]
    [InlineData(2027, 12, 29, 10, 0, false)] // 年末年始
    public async Task The_consumer_desk_is_open_exactly_in_its_hours(int y, int mo, int d, int h, int mi, bool open)
    {
        host.Clock.Set(Jst(y, mo, d, h, mi));

        var reception = await host.SendAsync(TestActor.Resident, new GetReception("consumer"));

        Assert.Equal(open, reception.IsOpen);
    }

    [Fact]
    public async Task Outside_hours_the_next_opening_skips_the_weekend_and_the_categorys_own_closed_days()
    {
        host.Clock.Set(Jst(2027, 4, 2, 17, 15));
        Assert.Equal(Jst(2027, 4, 5, 8, 30), (await host.SendAsync(TestActor.Resident, new GetReception("consumer"))).NextOpening);

        host.Clock.Set(Jst(2027, 4, 7, 18, 0));
        Assert.Equal(Jst(2027, 4, 12, 8, 30), (await host.SendAsync(TestActor.Resident, new GetReception("consumer"))).NextOpening);
    }

    [Theory]
    [InlineData(11, 59, true)]
    [InlineData(12, 0, false)]
    [InlineData(12, 59, false)]
    [InlineData(13, 0, true)]
    public async Task A_lunch_break_closes_the_desk_from_its_start_to_its_end(int h, int mi, bool open)
    {
        host.Clock.Set(Jst(2027, 4, 2, h, mi));

        Assert.Equal(open, (await host.SendAsync(TestActor.Resident, new GetReception("marriage"))).IsOpen);
    }

    [Fact]
    public async Task A_category_may_stay_open_at_the_year_end()
    {
        host.Clock.Set(Jst(2027, 12, 29, 10, 0));

        Assert.True((await host.SendAsync(TestActor.Resident, new GetReception("marriage"))).IsOpen);
    }
}
