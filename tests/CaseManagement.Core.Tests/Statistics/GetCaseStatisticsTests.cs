using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Statistics;
using CaseManagement.Core.Tasks;
using CaseManagement.Core.Tests.Tasks;
using CaseManagement.Testing.Core;
using FluentValidation;

namespace CaseManagement.Core.Tests.Statistics;

/// <summary>A supervisor's statistics count the cases of their own categories in the period, with mean times.</summary>
public sealed class GetCaseStatisticsTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    private static DateOnly Today => DateOnly.FromDateTime(JapanTime.ToJapan(DateTimeOffset.UtcNow).DateTime);

    [Fact]
    public async Task The_supervisor_sees_the_counts_of_their_categories_and_the_mean_times()
    {
        var replied = await host.NewChildTaskAsync();
        await host.SendAsync(host.Hanako, new UpdateCaseAttributes(replied.CaseId, "development", "female", "30s", "中央地区"));
        await host.SendAsync(host.Hanako, new ClaimTask(replied.TaskId));
        await host.SendAsync(host.Hanako, new MarkHistoryViewed(replied.TaskId, NoneConfirmed: true));
        await host.SendAsync(host.Hanako, new ReplyToResident(replied.CaseId, "お返事します。"));
        var closed = await host.NewChildTaskAsync();
        await host.SendAsync(host.Taro, new ClaimTask(closed.TaskId));
        await host.SendAsync(host.Taro, new CompleteTask(closed.TaskId, new Dictionary<string, object?> { ["followUp"] = false }));
        await host.SendAsync(TestActor.Resident, new StartConsultation("maternity", "ほかの分野の相談", TestPin.Default));

        var s = await host.SendAsync(host.Ichiro, new GetCaseStatistics(Today.AddDays(-1), Today.AddDays(1)));

        Assert.Equal(2, s.Total);
        Assert.Equal([("児童相談", 2)], Rows(s, "category"));
        Assert.Contains(("development", 1), Rows(s, "consultationType"));
        Assert.Contains(("", 1), Rows(s, "consultationType"));
        Assert.Contains(("female", 1), Rows(s, "gender"));
        Assert.Contains(("30s", 1), Rows(s, "ageBand"));
        Assert.Equal(24, Rows(s, "hour").Count);
        Assert.Equal(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], Rows(s, "weekday").Select(r => r.Key));
        Assert.Equal(2, Rows(s, "weekday").Sum(r => r.Count));
        Assert.Equal(2, Rows(s, "month").Sum(r => r.Count));
        Assert.NotNull(s.MeanResponseTime);
        Assert.NotNull(s.MeanHandlingTime);
        Assert.Equal(CaseStatus.Closed, s.Cases.Single(c => c.Id == closed.CaseId).Status);
    }

    [Fact]
    public async Task A_counselor_is_refused()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Hanako, new GetCaseStatistics(Today, Today)));
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused_in_japanese()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(host.Ichiro, new GetCaseStatistics(Today, Today.AddDays(-1))));

        Assert.Equal("集計期間は開始日から終了日まで（5年以内）で指定してください。", refused.Errors.Single().ErrorMessage);
    }

    private static List<(string Key, int Count)> Rows(CaseStatisticsView s, string dimension) =>
        s.Tables.Single(t => t.Dimension == dimension).Rows.Select(r => (r.Key, r.Count)).ToList();
}
