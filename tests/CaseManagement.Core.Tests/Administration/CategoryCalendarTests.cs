using CaseManagement.Core.Administration;
using CaseManagement.Core.Consultations;
using CaseManagement.Testing.Core;
using Microsoft.EntityFrameworkCore;
using static CaseManagement.Testing.Core.TestClock;

namespace CaseManagement.Core.Tests.Administration;

/// <summary>The consultation SLA (cm:businessDuration PT4H on 相談対応) counts the case category's reception hours
/// and closed days, on a controlled clock: started Friday 16:00 with 8:30–17:15, 1h15 are left on Friday and 2h45
/// on the next reception day.</summary>
public sealed class CategoryCalendarTests(CoreTestHost host) : IClassFixture<CoreTestHost>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        host.Clock.Release();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task An_SLA_started_on_Friday_at_16_ends_on_Monday_at_11_15()
    {
        await host.CreateAsync(TestCategories.Weekdays("consumer", "消費生活"));
        host.Clock.Set(Jst(2027, 4, 2, 16, 0));

        Assert.Equal(Jst(2027, 4, 5, 11, 15), await SlaDueAsync("consumer"));
    }

    [Fact]
    public async Task A_national_holiday_on_Monday_moves_it_to_Tuesday()
    {
        await host.CreateAsync(TestCategories.Weekdays("consumer2", "消費生活2"));
        host.Clock.Set(Jst(2027, 7, 16, 16, 0)); // 2027-07-19 is 海の日

        Assert.Equal(Jst(2027, 7, 20, 11, 15), await SlaDueAsync("consumer2"));
    }

    [Fact]
    public async Task The_categorys_own_closed_day_counts_as_closed_but_only_for_that_category()
    {
        await host.CreateAsync(TestCategories.Weekdays("migration", "移住") with { ClosedDays = "2027-04-05 研修日" });
        await host.CreateAsync(TestCategories.Weekdays("marriage", "婚活"));
        host.Clock.Set(Jst(2027, 4, 2, 16, 0));

        Assert.Equal(Jst(2027, 4, 6, 11, 15), await SlaDueAsync("migration"));
        Assert.Equal(Jst(2027, 4, 5, 11, 15), await SlaDueAsync("marriage"));
    }

    [Fact]
    public async Task New_hours_count_for_the_next_SLA_as_soon_as_the_admin_saves_them()
    {
        await host.CreateAsync(TestCategories.Weekdays("deaf", "聴覚障がい者"));
        host.Clock.Set(Jst(2027, 4, 2, 16, 0));
        Assert.Equal(Jst(2027, 4, 5, 11, 15), await SlaDueAsync("deaf"));

        var settings = await host.SendAsync(TestCategories.Admin, new GetCategorySettings("deaf"));
        await host.SendAsync(TestCategories.Admin, new UpdateCategory(settings with
        {
            Hours = [.. settings.Hours.Select(h => h.Weekday == DayOfWeek.Saturday ? h with { Open = true, Opens = "9:00", Closes = "12:00" } : h)],
        }));

        Assert.Equal(Jst(2027, 4, 3, 11, 45), await SlaDueAsync("deaf"));
    }

    [Fact]
    public async Task A_category_without_its_own_hours_counts_on_municipal_hours()
    {
        host.Clock.Set(Jst(2027, 4, 2, 16, 0));

        Assert.Equal(Jst(2027, 4, 5, 11, 15), await SlaDueAsync("child"));
    }

    private async Task<DateTimeOffset> SlaDueAsync(string category)
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation(category, "SLA の確認", TestPin.Default));
        return await host.QueryAsync(db => db.Database.SqlQuery<DateTimeOffset>(
            $"""
             SELECT t.due_at AS "Value" FROM wf_timers t JOIN cases c ON c.workflow_instance_id = t.instance_id
             WHERE c.id = {started.CaseId} AND t.element_id = 'sla_exceeded' AND t.status = 'pending'
             """).SingleAsync());
    }
}
