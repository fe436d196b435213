using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Notifications;
using CaseManagement.Core.Tasks;
using CaseManagement.Core.Tests.Tasks;
using CaseManagement.Testing.Core;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Notifications;

/// <summary>SLA escalation driven by the clock: when 相談対応's 4 office hours pass, the fired timer moves the task to
/// supervisors:child, tells whoever held it and the category's supervisors, and the case says why and when.</summary>
public sealed class EscalationNotificationTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    // Monday 16 November 2026, 10:00 in Japan: the SLA of 4 office hours (8:30–17:15) ends at 14:00 the same day.
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 16, 10, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public async Task When_the_sla_passes_the_assignee_and_the_supervisors_are_told_why_and_when()
    {
        host.Clock.Set(MondayMorning);
        var task = await host.NewChildTaskAsync("SLA 超過の通知を確かめる相談");
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));
        var due = await host.DueAtAsync(task.CaseId, "sla_exceeded");
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 14, 0, 0, TimeSpan.FromHours(9)), due);
        // Relative: another test of this class (A_timer_fired_twice_notifies_once) may have told 花子 already; the order
        // of a class's tests is not fixed (it failed when that one ran first).
        var unreadBefore = await host.SendAsync(host.Hanako, new CountMyUnreadNotifications());

        host.Clock.Set(due.AddMinutes(-1));
        Assert.Empty(await host.FireDueTimersAsync(task.CaseId));
        Assert.Equal(unreadBefore, await host.SendAsync(host.Hanako, new CountMyUnreadNotifications()));

        host.Clock.Set(due);
        Assert.Equal(["sla_exceeded"], await host.FireDueTimersAsync(task.CaseId));

        var expected = $"相談 {task.CaseNumber}：SLA（4営業時間）超過のため 11/16 14:00 に管理職へエスカレーションされました。";
        var escalated = Assert.Single(await host.SendAsync(host.Ichiro, new ListDeskQueue("supervisors:child")), t => t.CaseId == task.CaseId);
        var toSupervisor = Assert.Single(await host.SendAsync(host.Ichiro, new ListMyNotifications()), n => n.CaseId == task.CaseId);
        Assert.Equal((expected, escalated.TaskId, false), (toSupervisor.Text, toSupervisor.TaskId, toSupervisor.IsRead));
        var toAssignee = Assert.Single(await host.SendAsync(host.Hanako, new ListMyNotifications()), n => n.CaseId == task.CaseId);
        Assert.Equal((expected, task.TaskId), (toAssignee.Text, toAssignee.TaskId));
        Assert.DoesNotContain(await host.SendAsync(host.Taro, new ListMyNotifications()), n => n.CaseId == task.CaseId);
        Assert.DoesNotContain(await host.SendAsync(host.Misaki, new ListMyNotifications()), n => n.CaseId == task.CaseId);

        var notice = Assert.Single(await host.SendAsync(host.Ichiro, new ListCaseNotices(task.CaseId)));
        Assert.Equal((expected, due), (notice.Text, notice.CreatedAt));
    }

    [Fact]
    public async Task An_unclaimed_task_tells_only_the_supervisors_and_each_reads_for_themselves()
    {
        host.Clock.Set(MondayMorning.AddDays(1));
        var task = await host.NewChildTaskAsync("未割当のまま SLA を超える相談");
        host.Clock.Set(await host.DueAtAsync(task.CaseId, "sla_exceeded"));
        var hanakoBefore = await host.SendAsync(host.Hanako, new CountMyUnreadNotifications());
        var supervisorBefore = await host.SendAsync(host.Ichiro, new CountMyUnreadNotifications());

        await host.FireDueTimersAsync(task.CaseId);

        Assert.Equal(hanakoBefore, await host.SendAsync(host.Hanako, new CountMyUnreadNotifications()));
        Assert.Equal(supervisorBefore + 1, await host.SendAsync(host.Ichiro, new CountMyUnreadNotifications()));
        var notice = Assert.Single(await host.SendAsync(host.Ichiro, new ListMyNotifications()), n => n.CaseId == task.CaseId);
        Assert.Equal(1, await host.SendAsync(host.Ichiro, new MarkNotificationsRead(notice.Id)));
        Assert.Equal(0, await host.SendAsync(host.Ichiro, new MarkNotificationsRead(notice.Id)));
        Assert.Equal(supervisorBefore, await host.SendAsync(host.Ichiro, new CountMyUnreadNotifications()));
        Assert.True(Assert.Single(await host.SendAsync(host.Ichiro, new ListMyNotifications()), n => n.CaseId == task.CaseId).IsRead);
    }

    [Fact]
    public async Task A_timer_fired_twice_notifies_once()
    {
        host.Clock.Set(MondayMorning.AddDays(2));
        var task = await host.NewChildTaskAsync("二度発火する SLA");
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));
        host.Clock.Set(await host.DueAtAsync(task.CaseId, "sla_exceeded"));
        await host.FireSlaAsync(task);

        var again = await host.QueryAsync(db => db.Database.SqlQuery<Guid>(
            $"SELECT t.id AS \"Value\" FROM wf_timers t JOIN wf_user_tasks u ON u.instance_id = t.instance_id WHERE u.id = {task.TaskId} AND t.element_id = 'sla_exceeded'").SingleAsync());
        Assert.False(await host.SendAsync(new SystemActor(), new FireWorkflowTimer(again)));

        Assert.Single(await host.SendAsync(host.Hanako, new ListMyNotifications()), n => n.CaseId == task.CaseId);
        Assert.Single(await host.SendAsync(host.Ichiro, new ListCaseNotices(task.CaseId)));
    }

    [Fact]
    public async Task Another_categorys_counselor_cannot_read_the_cases_notices_nor_mark_them()
    {
        host.Clock.Set(MondayMorning.AddDays(3));
        var task = await host.NewChildTaskAsync("ほかの分野からは見えない通知");
        host.Clock.Set(await host.DueAtAsync(task.CaseId, "sla_exceeded"));
        await host.FireDueTimersAsync(task.CaseId);
        var notice = Assert.Single(await host.SendAsync(host.Ichiro, new ListMyNotifications()), n => n.CaseId == task.CaseId);

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Misaki, new ListCaseNotices(task.CaseId)));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(host.Misaki, new MarkNotificationsRead(notice.Id)));
    }
}
