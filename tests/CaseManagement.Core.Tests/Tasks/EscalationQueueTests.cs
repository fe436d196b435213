using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Tasks;

/// <summary>When 相談対応's SLA passes, the task moves to supervisors:&lt;category&gt;, which only supervisors see.</summary>
public sealed class EscalationQueueTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task An_overdue_consultation_reaches_the_supervisors_queue_and_counselors_do_not_see_it()
    {
        var task = await host.NewChildTaskAsync("SLA を超える相談");

        await host.FireSlaAsync(task);

        var supervisor = await host.SendAsync(host.Ichiro, new ListDeskQueue("supervisors:child"));
        var escalated = Assert.Single(supervisor, t => t.CaseId == task.CaseId);
        Assert.Equal(("エスカレーション対応", true), (escalated.TaskName, escalated.IsEscalation));
        Assert.DoesNotContain(await host.SendAsync(host.Hanako, new ListDeskQueue()), t => t.CaseId == task.CaseId);
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(host.Hanako, new GetTask(escalated.TaskId)));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(host.Hanako, new ClaimTask(escalated.TaskId)));
    }

    [Fact]
    public async Task A_waiting_consultation_shows_its_sla_due_time_from_the_escalation_timer()
    {
        var task = await host.NewChildTaskAsync("期限の確認");

        var due = await host.QueryAsync(db => db.Database.SqlQuery<DateTimeOffset>(
            $"SELECT t.due_at AS \"Value\" FROM wf_timers t WHERE t.element_id = 'sla_exceeded' AND t.status = 'pending' AND t.instance_id = (SELECT instance_id FROM wf_user_tasks WHERE id = {task.TaskId})").SingleAsync());
        Assert.Equal(due, task.DueAt);
        Assert.NotEqual(DueState.None, task.Due);
    }

    [Fact]
    public async Task Queue_counts_include_the_escalation_queue_only_for_supervisors()
    {
        var task = await host.NewChildTaskAsync("数える相談");
        await host.FireSlaAsync(task);

        var counselorQueues = await host.SendAsync(host.Hanako, new ListMyDeskQueues());
        var supervisorQueues = await host.SendAsync(host.Ichiro, new ListMyDeskQueues());

        Assert.Equal(["child"], counselorQueues.Select(q => q.Queue));
        Assert.Equal(["child", "supervisors:child"], supervisorQueues.Select(q => q.Queue));
        Assert.True(supervisorQueues[1].Open >= 1);
        Assert.True(supervisorQueues[1].Unassigned >= 1);
    }
}
