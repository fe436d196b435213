using CaseManagement.Core.Administration;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Tasks;

/// <summary>Desk queues sorted and paged in SQL: page boundaries, totals that stay whole, each sort in both
/// directions, a page past the end, a tag filter, and refused page sizes.</summary>
public sealed class DeskQueuePagingTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task Twenty_seven_tasks_make_a_full_first_page_and_a_second_of_two_without_overlap()
    {
        var (code, counselor, _) = await CategoryAsync();
        var cases = await ConsultAsync(code, 27);

        var first = await host.SendAsync(counselor, new PageDeskQueue(code, Sort: DeskSort.Created));
        var second = await host.SendAsync(counselor, new PageDeskQueue(code, Sort: DeskSort.Created, Page: 2));
        var past = await host.SendAsync(counselor, new PageDeskQueue(code, Sort: DeskSort.Created, Page: 9));
        var all = await host.SendAsync(counselor, new PageDeskQueue(code, Sort: DeskSort.Created, PageSize: 50));

        Assert.Equal((25, 27, 1, 25, 2), (first.Tasks.Count, first.Total, first.From, first.To, first.Pages));
        Assert.Equal((2, 27, 26, 27, 2), (second.Tasks.Count, second.Total, second.From, second.To, second.Page));
        Assert.Equal(cases, [.. first.Tasks.Select(t => t.CaseId), .. second.Tasks.Select(t => t.CaseId)]);
        Assert.Equal(2, past.Page);
        Assert.Equal(second.Tasks.Select(t => t.TaskId), past.Tasks.Select(t => t.TaskId));
        Assert.Equal((27, 1), (all.Tasks.Count, all.Pages));
        Assert.Equal(27, (await host.SendAsync(counselor, new ListMyDeskQueues())).Single(q => q.Queue == code).Open);
    }

    [Fact]
    public async Task Created_and_age_sort_both_ways_and_age_ascending_is_the_youngest_first()
    {
        var (code, counselor, _) = await CategoryAsync();
        var cases = await ConsultAsync(code, 4);

        async Task<IReadOnlyList<Guid>> Order(DeskSort sort, bool descending) =>
            [.. (await host.SendAsync(counselor, new PageDeskQueue(code, Sort: sort, Descending: descending))).Tasks.Select(t => t.CaseId)];

        Assert.Equal(cases, await Order(DeskSort.Created, false));
        Assert.Equal(cases.AsEnumerable().Reverse(), await Order(DeskSort.Created, true));
        Assert.Equal(cases.AsEnumerable().Reverse(), await Order(DeskSort.Age, false));
        Assert.Equal(cases, await Order(DeskSort.Age, true));
    }

    [Fact]
    public async Task Due_sort_puts_tasks_without_a_due_time_last_in_both_directions()
    {
        var (code, counselor, supervisor) = await CategoryAsync();
        await ConsultAsync(code, 3);
        var escalate = Assert.Single((await host.SendAsync(counselor, new PageDeskQueue(code, Sort: DeskSort.Created))).Tasks.Take(1));
        await host.FireSlaAsync(escalate);

        foreach (var descending in new[] { false, true })
        {
            var rows = (await host.SendAsync(supervisor, new PageDeskQueue(Sort: DeskSort.Due, Descending: descending))).Tasks
                .Where(t => t.CategoryCode == code).ToList();

            Assert.Equal(3, rows.Count);
            Assert.True(rows[^1].IsEscalation && rows[^1].DueAt is null, "the escalation (no due time) comes last");
            var dues = rows.Take(2).Select(t => t.DueAt!.Value).ToList();
            Assert.Equal(descending ? dues.OrderDescending() : dues.Order(), dues);
        }
    }

    [Fact]
    public async Task Category_sort_follows_the_categories_display_order()
    {
        var (later, counselor, _) = await CategoryAsync(sortOrder: 92);
        var (earlier, _, _) = await CategoryAsync(sortOrder: 91, member: counselor);
        var laterCases = await ConsultAsync(later, 2);
        var earlierCases = await ConsultAsync(earlier, 2);

        var up = (await host.SendAsync(counselor, new PageDeskQueue(Sort: DeskSort.Category))).Tasks.Select(t => t.CaseId).ToList();
        var down = (await host.SendAsync(counselor, new PageDeskQueue(Sort: DeskSort.Category, Descending: true))).Tasks.Select(t => t.CaseId).ToList();

        Assert.Equal([.. earlierCases, .. laterCases], up);
        Assert.Equal([.. laterCases, .. earlierCases], down);
    }

    [Fact]
    public async Task A_tag_filters_the_queue_and_the_rows_carry_their_tags()
    {
        var (code, counselor, _) = await CategoryAsync();
        var cases = await ConsultAsync(code, 3);
        await host.SendAsync(counselor, new SetCaseTags(cases[1], "要フォロー、 #虐待疑い"));

        var page = await host.SendAsync(counselor, new PageDeskQueue(code, Tag: "要フォロー"));

        var row = Assert.Single(page.Tasks);
        Assert.Equal((cases[1], 1), (row.CaseId, page.Total));
        Assert.Equal(["虐待疑い", "要フォロー"], page.Tags[cases[1]]);
        Assert.Empty((await host.SendAsync(counselor, new PageDeskQueue(code, Tag: "ない"))).Tasks);
    }

    [Theory]
    [InlineData(30, 1, "1ページの件数は 25・50・100 から選んでください。")]
    [InlineData(25, 0, "ページ番号は 1 以上で指定してください。")]
    public async Task A_page_size_other_than_25_50_100_or_a_page_below_1_is_refused_in_japanese(int size, int page, string message)
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(host.Hanako, new PageDeskQueue(PageSize: size, Page: page)));

        Assert.Equal(message, Assert.Single(refused.Errors).ErrorMessage);
    }

    /// <summary>A category of its own (the database is shared by the class) with one counselor and one supervisor.</summary>
    private async Task<(string Code, TestActor Counselor, TestActor Supervisor)> CategoryAsync(int sortOrder = 90, TestActor? member = null)
    {
        var code = "pg-" + Guid.NewGuid().ToString("N")[..8];
        var system = new SystemActor();
        await host.SendAsync(system, new EnsureCategory(code, "並べ替え " + code, "Paging " + code, "", "", "consultation", sortOrder));
        var counselor = member ?? TestActor.Staff("相談 " + code, Roles.Counselor);
        var supervisor = TestActor.Staff("管理 " + code, Roles.Supervisor);
        var codes = member is null ? [code] : (await host.SendAsync(member, new GetMyCategories())).Select(c => c.Code).Append(code).ToList();
        await host.SendAsync(system, new EnsureStaffMember(counselor.StaffId!.Value, counselor.DisplayName!, codes));
        await host.SendAsync(system, new EnsureStaffMember(supervisor.StaffId!.Value, supervisor.DisplayName!, [code]));
        return (code, counselor, supervisor);
    }

    private async Task<IReadOnlyList<Guid>> ConsultAsync(string code, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await host.SendAsync(TestActor.Resident, new StartConsultation(code, $"相談 {i}", TestPin.Default))).CaseId);
        }

        return ids;
    }
}
