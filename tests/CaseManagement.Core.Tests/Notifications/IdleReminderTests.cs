using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Notifications;
using CaseManagement.Core.Tasks;
using CaseManagement.Core.Tests.Tasks;
using CaseManagement.Testing.Core;
using CaseManagement.Workflows.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Notifications;

/// <summary>The consultation's P3D reminder (未対応リマインダー) runs the notify service task: over the year-end closure
/// (12/29–1/3) the 4 office hours of the SLA have not passed, but three days have.</summary>
public sealed class IdleReminderTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    // Monday 28 December 2026, 16:00 in Japan: the last office day of the year.
    private static readonly DateTimeOffset LastOfficeDay = new(2026, 12, 28, 16, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public async Task An_idle_claimed_case_reminds_its_assignee_in_the_reminders_step_and_the_case_shows_it()
    {
        host.Clock.Set(LastOfficeDay);
        var task = await host.NewChildTaskAsync("年末に届いた相談");
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));
        var due = await host.DueAtAsync(task.CaseId, "idle_reminder");
        Assert.Equal(LastOfficeDay.AddDays(3), due);
        Assert.True(await host.DueAtAsync(task.CaseId, "sla_exceeded") > due);

        host.Clock.Set(due);
        Assert.Equal(["idle_reminder"], await host.FireDueTimersAsync(task.CaseId));

        var expected = $"相談 {task.CaseNumber}：「相談対応」が 12/28 16:00 から対応されていません。状況を確認してください。";
        var reminder = Assert.Single(await host.SendAsync(host.Hanako, new ListMyNotifications()), n => n.CaseId == task.CaseId);
        Assert.Equal((expected, task.TaskId, "idle-case-reminder"), (reminder.Text, reminder.TaskId, reminder.Template));
        Assert.DoesNotContain(await host.SendAsync(host.Taro, new ListMyNotifications()), n => n.CaseId == task.CaseId);
        Assert.Equal(expected, Assert.Single(await host.SendAsync(host.Hanako, new ListCaseNotices(task.CaseId))).Text);
        var still = await host.SendAsync(host.Hanako, new GetTask(task.TaskId));
        Assert.Equal(("open", true), (still.Status, still.IsMine));
    }

    [Fact]
    public async Task An_idle_unclaimed_case_reminds_the_counselors_of_its_category()
    {
        host.Clock.Set(LastOfficeDay.AddMinutes(30));
        var task = await host.NewChildTaskAsync("誰も担当していない年末の相談");
        host.Clock.Set(await host.DueAtAsync(task.CaseId, "idle_reminder"));

        await host.FireDueTimersAsync(task.CaseId);

        Assert.Contains(await host.SendAsync(host.Hanako, new ListMyNotifications()), n => n.CaseId == task.CaseId && n.Template == "idle-case-reminder");
        Assert.Contains(await host.SendAsync(host.Taro, new ListMyNotifications()), n => n.CaseId == task.CaseId && n.Template == "idle-case-reminder");
        Assert.DoesNotContain(await host.SendAsync(host.Misaki, new ListMyNotifications()), n => n.CaseId == task.CaseId);
    }

    [Fact]
    public async Task The_outboxs_later_delivery_of_the_same_notify_adds_nothing()
    {
        host.Clock.Set(LastOfficeDay.AddMinutes(45));
        var task = await host.NewChildTaskAsync("配送が二度ある年末の相談");
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));
        host.Clock.Set(await host.DueAtAsync(task.CaseId, "idle_reminder"));
        await host.FireDueTimersAsync(task.CaseId);
        var caseKey = task.CaseId.ToString();
        var outbox = await host.QueryAsync(db => db.Database.SqlQuery<OutboxRow>(
            $"""
             SELECT o.instance_id AS "InstanceId", o.idempotency_key AS "Key" FROM wf_outbox o JOIN wf_instances i ON i.id = o.instance_id
             WHERE i.business_key = {caseKey} AND o.kind = 'service-task' AND o.payload->>'ElementId' = 'remind_idle'
             """).SingleAsync());

        var written = await host.SendAsync(new SystemActor(), new DeliverWorkflowNotification(new InvokedServiceTask(
            outbox.InstanceId, "remind_idle", "notify", new Dictionary<string, object?> { ["template"] = "idle-case-reminder" }, outbox.Key)));

        Assert.Equal(0, written);
        Assert.Single(await host.SendAsync(host.Hanako, new ListMyNotifications()), n => n.CaseId == task.CaseId);
    }

    private sealed class OutboxRow
    {
        public Guid InstanceId { get; set; }

        public required string Key { get; set; }
    }
}
