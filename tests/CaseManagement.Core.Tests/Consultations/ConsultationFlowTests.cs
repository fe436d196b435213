using CaseManagement.Core.Cases;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Consultations;

/// <summary>The first flow through the real pipeline: resident → case + workflow → desk → reply → closed.</summary>
public sealed class ConsultationFlowTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task A_resident_consultation_reaches_the_counselor_and_closes_when_the_task_is_completed()
    {
        // given a resident without an account writes to 児童相談
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "子どもの夜泣きが続いていて心配です。", TestPin.Default));
        Assert.Matches(@"^\d{4}-\d{6}$", started.CaseNumber);
        Assert.Equal(43, started.AccessToken.Length);

        // then the child counselor sees a 相談対応 task for it, unassigned
        var queue = await host.SendAsync(host.Hanako, new ListDeskQueue());
        var task = Assert.Single(queue, t => t.CaseNumber == started.CaseNumber);
        Assert.Equal("相談対応", task.TaskName);
        Assert.Null(task.AssigneeId);

        // when she claims, replies and completes without follow-up
        var claimed = await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));
        Assert.True(claimed.IsMine);
        await host.SendAsync(host.Hanako, new MarkHistoryViewed(task.TaskId));
        await host.SendAsync(host.Hanako, new ReplyToResident(task.CaseId, "ご相談ありがとうございます。夜泣きについてお答えします。"));
        var done = await host.SendAsync(host.Hanako, new CompleteTask(task.TaskId, new Dictionary<string, object?> { ["followUp"] = false }));

        // then the workflow ended, the case is closed, and the resident reads the reply through the link
        Assert.True(done.WorkflowEnded);
        var view = await host.SendAsync(TestActor.Resident, new GetConsultation(started.AccessToken, started.Grant));
        Assert.Equal(CaseStatus.Closed, view.Case.Status);
        // (an auto-reply is there too when the test runs outside reception hours: AutoReplyTests covers it)
        Assert.Collection(view.Messages.Where(m => m.Author != MessageAuthor.AutoReply),
            m => Assert.Equal((MessageAuthor.Resident, "子どもの夜泣きが続いていて心配です。"), (m.Author, m.Body)),
            m => Assert.Equal((MessageAuthor.Staff, (string?)null), (m.Author, m.StaffName)));
        Assert.DoesNotContain(await host.SendAsync(host.Hanako, new ListDeskQueue()), t => t.CaseNumber == started.CaseNumber);
    }

    [Fact]
    public async Task Follow_up_loops_back_to_a_new_task_and_keeps_the_case_open()
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "相談があります。", TestPin.Default));
        var task = (await host.SendAsync(host.Taro, new ListDeskQueue())).Single(t => t.CaseNumber == started.CaseNumber);
        await host.SendAsync(host.Taro, new ClaimTask(task.TaskId));

        var done = await host.SendAsync(host.Taro, new CompleteTask(task.TaskId, new Dictionary<string, object?> { ["followUp"] = true }));

        Assert.False(done.WorkflowEnded);
        var next = Assert.Single(done.NewTaskIds);
        Assert.NotEqual(task.TaskId, next);
        var view = await host.SendAsync(TestActor.Resident, new GetConsultation(started.AccessToken, started.Grant));
        Assert.Equal(CaseStatus.Open, view.Case.Status);
    }

    [Fact]
    public async Task Every_command_of_the_flow_is_audited_with_actor_ip_and_time()
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "監査の確認", TestPin.Default));
        var task = (await host.SendAsync(host.Hanako, new ListDeskQueue())).Single(t => t.CaseNumber == started.CaseNumber);
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));

        var rows = await host.QueryAsync(db => db.AuditLog.Where(a => a.Target == "task:" + task.TaskId || a.Target == "case:" + started.CaseId)
            .OrderBy(a => a.Id).ToListAsync());
        var claim = Assert.Single(rows, r => r.Action == nameof(ClaimTask));
        Assert.Equal(("staff:" + host.Hanako.StaffId, "Counselor", "192.0.2.10", "succeeded"), (claim.Actor, claim.ActorRole, claim.Ip, claim.Outcome));
        // the rows of the commands that created the case name the case, and keep what they were asked about
        Assert.Contains(rows, r => r.Action == nameof(StartConsultation) && r.Actor == "resident:anonymous" && r.Detail == "category:child");
        Assert.Contains(rows, r => r.Action == nameof(OpenCase));
        Assert.All(rows, r => Assert.InRange(r.At, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1)));
    }
}
