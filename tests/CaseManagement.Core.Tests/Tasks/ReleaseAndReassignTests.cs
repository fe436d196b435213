using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Tasks;

/// <summary>Giving a task back to its queue, and a supervisor handing it to someone else: audited, refused in Japanese.</summary>
public sealed class ReleaseAndReassignTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task The_assignee_releases_a_task_back_to_the_queue_unassigned()
    {
        var task = await host.NewChildTaskAsync();
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));

        var released = await host.SendAsync(host.Hanako, new ReleaseTask(task.TaskId));

        Assert.Null(released.AssigneeId);
        var row = Assert.Single(await host.SendAsync(host.Taro, new ListDeskQueue("child", DeskAssigneeFilter.Unassigned)), t => t.TaskId == task.TaskId);
        Assert.Null(row.AssigneeId);
        await host.SendAsync(host.Taro, new ClaimTask(task.TaskId));
        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => a.Action == nameof(ReleaseTask) && a.Target == "task:" + task.TaskId && a.Outcome == "succeeded")));
    }

    [Fact]
    public async Task Someone_else_cannot_release_a_task_they_do_not_hold()
    {
        var task = await host.NewChildTaskAsync();
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Taro, new ReleaseTask(task.TaskId)));

        Assert.Equal("担当を外せるのは、このタスクの担当者だけです。", refused.Message);
        Assert.Equal(host.Hanako.StaffId.ToString(), await host.QueryAsync(db => db.WorkTasks.Where(t => t.Id == task.TaskId).Select(t => t.Assignee).SingleAsync()));
        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => a.Action == nameof(ReleaseTask) && a.Target == "task:" + task.TaskId && a.Outcome == "refused")));
    }

    [Fact]
    public async Task A_supervisor_reassigns_a_claimed_task_to_another_counselor_of_the_category()
    {
        var task = await host.NewChildTaskAsync();
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));

        var moved = await host.SendAsync(host.Ichiro, new ReassignTask(task.TaskId, host.Taro.StaffId!.Value));

        Assert.Equal(("相談 太郎", host.Taro.StaffId), (moved.AssigneeName, moved.AssigneeId));
        Assert.Contains(await host.SendAsync(host.Taro, new ListDeskQueue(null, DeskAssigneeFilter.Mine)), t => t.TaskId == task.TaskId);
        Assert.DoesNotContain(await host.SendAsync(host.Hanako, new ListDeskQueue(null, DeskAssigneeFilter.Mine)), t => t.TaskId == task.TaskId);
        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => a.Action == nameof(ReassignTask) && a.Actor == "staff:" + host.Ichiro.StaffId && a.Outcome == "succeeded")));
    }

    [Fact]
    public async Task A_counselor_cannot_reassign()
    {
        var task = await host.NewChildTaskAsync();

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Hanako, new ReassignTask(task.TaskId, host.Taro.StaffId!.Value)));

        Assert.Equal("この操作を行う権限がありません。", refused.Message);
        Assert.Null(await host.QueryAsync(db => db.WorkTasks.Where(t => t.Id == task.TaskId).Select(t => t.Assignee).SingleAsync()));
    }

    [Fact]
    public async Task A_supervisor_cannot_reassign_to_staff_of_another_category()
    {
        var task = await host.NewChildTaskAsync();

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Ichiro, new ReassignTask(task.TaskId, host.Misaki.StaffId!.Value)));

        Assert.Equal("選んだ職員はこの相談分野の担当ではないため、割り当てられません。", refused.Message);
        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => a.Action == nameof(ReassignTask) && a.Target == "task:" + task.TaskId && a.Outcome == "refused")));
    }
}
