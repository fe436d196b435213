using CaseManagement.Core.Audit;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Audit;

/// <summary>The path viewer's data: each element's stay with enter and leave times and actors, where the tokens are,
/// and the timers still pending — while a consultation waits and after it ended.</summary>
public sealed class WorkflowPathTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task A_waiting_consultation_shows_its_token_on_the_task_and_both_timers_pending_then_none_once_finished()
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "経路の確認です。", TestPin.Default));
        var caseId = started.CaseId.ToString();
        var instanceId = await host.QueryAsync(db => db.WorkflowInstances.Where(i => i.BusinessKey == caseId).Select(i => i.Id).SingleAsync());

        var waiting = await host.SendAsync(host.Auditor, new GetWorkflowPath(instanceId));

        Assert.Equal(["respond"], waiting.CurrentElements);
        Assert.Equal(["idle_reminder", "sla_exceeded"], waiting.PendingTimers.Select(t => t.ElementId).Order());
        Assert.All(waiting.PendingTimers, t => Assert.NotNull(t.DueAt));
        Assert.NotNull(waiting.Visits.Single(v => v.ElementId == "reception").LeftAt);
        Assert.Null(waiting.Visits.Single(v => v.ElementId == "respond").LeftAt);

        var task = (await host.SendAsync(host.Hanako, new ListDeskQueue())).Single(t => t.CaseNumber == started.CaseNumber);
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));
        await host.SendAsync(host.Hanako, new CompleteTask(task.TaskId, new Dictionary<string, object?> { ["followUp"] = false }));
        var finished = await host.SendAsync(host.Auditor, new GetWorkflowPath(instanceId));

        Assert.Empty(finished.CurrentElements);
        Assert.Empty(finished.PendingTimers);
        var respond = finished.Visits.Single(v => v.ElementId == "respond");
        Assert.NotNull(respond.LeftAt);
        Assert.True(respond.LeftAt >= respond.EnteredAt);
        Assert.Equal(["相談 花子"], respond.Actors);
        Assert.Contains(finished.Visits, v => v.ElementId == "closed");
    }

    [Fact]
    public async Task A_supervisor_reading_a_path_with_staff_names_is_in_the_audit_log_and_a_counselor_s_attempt_too()
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "経路の閲覧記録です。", TestPin.Default));
        var caseId = started.CaseId.ToString();
        var instanceId = await host.QueryAsync(db => db.WorkflowInstances.Where(i => i.BusinessKey == caseId).Select(i => i.Id).SingleAsync());

        await host.SendAsync(host.Ichiro, new GetWorkflowPath(instanceId));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Taro, new GetWorkflowPath(instanceId)));

        // the read is on the case (the auditor's case history lists it); the refusal, before anything was read, on the instance
        var rows = await host.QueryAsync(db => db.AuditLog
            .Where(a => (a.Target == "case:" + caseId || a.Target == "instance:" + instanceId) && a.Action == nameof(GetWorkflowPath))
            .OrderBy(a => a.At).Select(a => new { a.Actor, a.Kind, a.Outcome, a.Target }).ToListAsync());
        Assert.Equal([(host.Ichiro.AuditName, AuditKinds.Read, "succeeded", "case:" + caseId), (host.Taro.AuditName, AuditKinds.Read, "refused", "instance:" + instanceId)],
            rows.Select(r => (r.Actor, r.Kind, r.Outcome, r.Target)));
    }

    [Fact]
    public async Task A_supervisor_reads_only_the_paths_of_their_own_categories_cases()
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("maternity", "他の分野の相談です。", TestPin.Default));
        var caseId = started.CaseId.ToString();
        var instanceId = await host.QueryAsync(db => db.WorkflowInstances.Where(i => i.BusinessKey == caseId).Select(i => i.Id).SingleAsync());

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Ichiro, new GetWorkflowPath(instanceId)));

        Assert.Equal(instanceId, (await host.SendAsync(host.Auditor, new GetWorkflowPath(instanceId))).InstanceId);
    }

    [Fact]
    public async Task Counselors_do_not_read_paths() =>
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Hanako, new GetWorkflowPath(Guid.NewGuid())));
}
