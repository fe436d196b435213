using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Tasks;

/// <summary>History first: no reply before the counselor has opened the resident's history for that task.</summary>
public sealed class HistoryFirstTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task A_reply_before_the_history_was_opened_is_refused_in_japanese()
    {
        var task = await host.NewChildTaskAsync();
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));

        var refused = await Assert.ThrowsAsync<ConflictException>(() => host.SendAsync(host.Hanako, new ReplyToResident(task.CaseId, "早すぎる返信")));

        Assert.Equal("返信する前に、相談者の過去の相談と履歴を確認してください。", refused.Message);
        Assert.False(await host.QueryAsync(db => db.CaseMessages.AnyAsync(m => m.CaseId == task.CaseId && m.Body == "早すぎる返信")));
    }

    [Fact]
    public async Task After_opening_the_history_the_reply_goes_through()
    {
        var task = await host.NewChildTaskAsync();
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));

        Assert.True(await host.SendAsync(host.Hanako, new MarkHistoryViewed(task.TaskId)));
        Assert.False(await host.SendAsync(host.Hanako, new MarkHistoryViewed(task.TaskId)));
        await host.SendAsync(host.Hanako, new ReplyToResident(task.CaseId, "履歴を読んでからの返信"));

        Assert.True(await host.QueryAsync(db => db.CaseMessages.AnyAsync(m => m.CaseId == task.CaseId && m.Body == "履歴を読んでからの返信")));
    }

    [Fact]
    public async Task Someone_else_having_opened_the_history_does_not_count()
    {
        var task = await host.NewChildTaskAsync();
        await host.SendAsync(host.Taro, new MarkHistoryViewed(task.TaskId));
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));

        await Assert.ThrowsAsync<ConflictException>(() => host.SendAsync(host.Hanako, new ReplyToResident(task.CaseId, "返信")));

        await host.SendAsync(host.Hanako, new MarkHistoryViewed(task.TaskId, NoneConfirmed: true));
        await host.SendAsync(host.Hanako, new ReplyToResident(task.CaseId, "返信"));
    }

    [Fact]
    public async Task A_counselor_of_another_category_cannot_mark_the_history()
    {
        var task = await host.NewChildTaskAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(host.Misaki, new MarkHistoryViewed(task.TaskId)));
    }
}
