using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Tasks;

/// <summary>Claiming: one winner when two counselors press at once; only one's own categories; only the assignee acts.</summary>
public sealed class ClaimTaskTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task Two_counselors_claiming_at_once_exactly_one_wins_and_the_other_is_told_who()
    {
        for (var round = 0; round < 5; round++)
        {
            var task = await NewTaskAsync();

            var attempts = await Task.WhenAll(
                Attempt(host.Hanako, task.TaskId),
                Attempt(host.Taro, task.TaskId));

            var winners = attempts.Where(a => a.Error is null).ToList();
            var winner = Assert.Single(winners);
            var loser = Assert.Single(attempts, a => a.Error is not null);
            var conflict = Assert.IsType<ConflictException>(loser.Error);
            Assert.Equal($"このタスクはすでに {winner.Actor.DisplayName} さんが担当しています。", conflict.Message);
            var assignee = await host.QueryAsync(db => db.WorkTasks.Where(t => t.Id == task.TaskId).Select(t => t.Assignee).SingleAsync());
            Assert.Equal(winner.Actor.StaffId.ToString(), assignee);
        }
    }

    [Fact]
    public async Task A_counselor_of_another_category_neither_sees_nor_claims_the_task()
    {
        var task = await NewTaskAsync();

        Assert.DoesNotContain(await host.SendAsync(host.Misaki, new ListDeskQueue()), t => t.TaskId == task.TaskId);
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(host.Misaki, new ClaimTask(task.TaskId)));
    }

    [Fact]
    public async Task Only_the_assignee_can_reply_or_complete()
    {
        var task = await NewTaskAsync();
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));

        var complete = await Assert.ThrowsAsync<ForbiddenException>(() =>
            host.SendAsync(host.Taro, new CompleteTask(task.TaskId, new Dictionary<string, object?>())));
        var reply = await Assert.ThrowsAsync<ForbiddenException>(() =>
            host.SendAsync(host.Taro, new ReplyToResident(task.CaseId, "横から返信")));

        Assert.Contains("担当者だけ", complete.Message, StringComparison.Ordinal);
        Assert.Contains("担当者だけ", reply.Message, StringComparison.Ordinal);
        Assert.Equal("open", await host.QueryAsync(db => db.WorkTasks.Where(t => t.Id == task.TaskId).Select(t => t.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_resident_cannot_read_the_desk_queue_and_the_refusal_is_audited()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(TestActor.Resident, new ListDeskQueue()));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Auditor, new ClaimTask(Guid.NewGuid())));

        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => a.Action == nameof(ClaimTask) && a.Outcome == "refused" && a.Actor == "staff:" + host.Auditor.StaffId)));
    }

    private async Task<DeskTaskView> NewTaskAsync()
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "同時に担当するテスト", TestPin.Default));
        return (await host.SendAsync(host.Hanako, new ListDeskQueue())).Single(t => t.CaseNumber == started.CaseNumber);
    }

    private async Task<(TestActor Actor, Exception? Error)> Attempt(TestActor actor, Guid taskId)
    {
        try
        {
            await host.SendAsync(actor, new ClaimTask(taskId));
            return (actor, null);
        }
        catch (ConflictException e)
        {
            return (actor, e);
        }
    }
}
