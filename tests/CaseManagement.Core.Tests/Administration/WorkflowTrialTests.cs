using CaseManagement.Core.Administration;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Security;
using CaseManagement.Testing;
using CaseManagement.Testing.Core;
using CaseManagement.Workflows.Bpmn;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseManagement.Core.Tests.Administration;

/// <summary>Try it: a draft runs on the engine in memory with sample variables, the admin completes tasks, advances
/// the test clock to timers and sends messages, and nothing of the run reaches a table (only the admin's audit rows).</summary>
public sealed class WorkflowTrialTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    private static readonly TestActor Admin = TestActor.Staff("システム 管理者", Roles.Admin);
    private static readonly TestActor Tester = TestActor.Staff("試行 三郎", Roles.Admin);

    private static string Consultation => File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "consultation.bpmn"));

    [Fact]
    public async Task The_consultation_takes_the_escalation_path_when_the_SLA_timer_is_advanced_and_no_table_but_the_audit_log_changes()
    {
        host.Clock.Set(new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero)); // 火曜 10:00 JST, office hours
        var before = await CountRowsAsync();

        var started = await host.SendAsync(Tester, new StartWorkflowTrial("consultation", Consultation, """{"category": "child"}"""));
        var sla = started.Timers.Single(t => t.ElementId == "sla_exceeded");
        var advanced = await host.SendAsync(Tester, new StepWorkflowTrial("consultation", Consultation, started.Trial, WorkflowTrialAction.FireTimer, sla.Id));
        var escalated = advanced.Tasks.Single();
        var ended = await host.SendAsync(Tester, new StepWorkflowTrial("consultation", Consultation, advanced.Trial, WorkflowTrialAction.CompleteTask,
            escalated.Id, VariablesJson: """{"followUp": false}"""));

        // started: the token waits on 相談対応 in the child queue, with the SLA and the idle reminder pending
        Assert.Equal(["respond"], started.CurrentElements);
        Assert.Equal(("respond", "相談対応", "child"), (started.Tasks.Single().ElementId, started.Tasks.Single().Name, started.Tasks.Single().Queue));
        Assert.Equal(["idle_reminder", "sla_exceeded"], started.Timers.Select(t => t.ElementId).Order());
        Assert.Contains(started.Log, l => l.Kind == "InvokeServiceTask" && l.ElementId == "assign_counselor"
            && l.Text.StartsWith("自動処理「割当」（assign）は試行では実行しません", StringComparison.Ordinal));
        // advanced: the test clock stands at the SLA's due time, the task went to the supervisors, the reminder is gone
        Assert.Equal(sla.DueAt, advanced.Clock);
        Assert.Equal(("escalated", "supervisors:child"), (escalated.ElementId, escalated.Queue));
        Assert.Empty(advanced.Timers);
        Assert.Contains("flow_to_escalated", advanced.TakenFlows);
        Assert.Contains(advanced.Log, l => l.Step == 1 && l.Text == "テスト時計をタイマー「SLA超過」の期限まで進めます");
        Assert.Contains(advanced.Log, l => l.Step == 1 && l.Text == "タイマー「SLA超過」が発火しました");
        // ended: through 終了確認 to 終了
        Assert.Equal("Completed", ended.Status);
        Assert.Empty(ended.CurrentElements);
        Assert.Equal(["reception", "assign_counselor", "respond", "sla_exceeded", "escalated", "needs_follow_up", "closed"], ended.TakenElements);
        Assert.Equal("プロセスが終了しました", ended.Log[^1].Text);

        var after = await CountRowsAsync();
        Assert.Equal(before.Where(t => !t.Key.StartsWith("audit_", StringComparison.Ordinal)),
            after.Where(t => !t.Key.StartsWith("audit_", StringComparison.Ordinal)));
        Assert.Contains(before.Keys, t => t.StartsWith("wf_", StringComparison.Ordinal));
        Assert.Contains(before.Keys, t => t.StartsWith("qrtz_", StringComparison.Ordinal));
        Assert.Equal(3, await host.QueryAsync(db => db.AuditLog.CountAsync(a => a.Actor == Tester.AuditName && a.Target == "workflow:consultation"
            && (a.Action == nameof(StartWorkflowTrial) || a.Action == nameof(StepWorkflowTrial)))));
    }

    [Fact]
    public async Task Sample_variables_that_are_not_a_JSON_object_are_refused_in_Japanese()
    {
        var broken = await Assert.ThrowsAsync<ValidationException>(() =>
            host.SendAsync(Admin, new StartWorkflowTrial("consultation", Consultation, """{"category": "child",}""")));
        var array = await Assert.ThrowsAsync<ValidationException>(() =>
            host.SendAsync(Admin, new StartWorkflowTrial("consultation", Consultation, "[1, 2]")));

        Assert.StartsWith("サンプル変数の JSON が正しくありません（1 行目", broken.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        Assert.StartsWith("サンプル変数は JSON のオブジェクト", array.Errors.Single().ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_the_check_refuses_cannot_be_tried_and_says_so_with_the_publishing_messages()
    {
        var broken = Consultation.Replace("""<bpmn:userTask id="respond" name="相談対応" cm:queue="=category">""",
            """<bpmn:userTask id="respond" name="相談対応">""", StringComparison.Ordinal);
        var check = await host.SendAsync(Admin, new CheckWorkflow(broken, "consultation"));

        var refused = await Assert.ThrowsAsync<WorkflowCheckFailedException>(() =>
            host.SendAsync(Admin, new StartWorkflowTrial("consultation", broken, "")));

        Assert.Equal(("respond", BpmnIssueCodes.UserTaskWithoutQueue), (refused.Issues.Single().ElementId, refused.Issues.Single().Code));
        Assert.Equal(check, refused.Issues);
        Assert.Equal("チェックで 1 件の問題が見つかったため試せません。図の印と一覧を確認してください。", refused.Message);
    }

    [Fact]
    public async Task A_task_that_no_longer_waits_is_refused_and_only_admins_may_try()
    {
        var started = await host.SendAsync(Admin, new StartWorkflowTrial("consultation", Consultation, """{"category": "child"}"""));

        var gone = await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(Admin,
            new StepWorkflowTrial("consultation", Consultation, started.Trial, WorkflowTrialAction.CompleteTask, Guid.NewGuid())));
        var garbled = await Assert.ThrowsAsync<ConflictException>(() => host.SendAsync(Admin,
            new StepWorkflowTrial("consultation", Consultation, "{not json", WorkflowTrialAction.CompleteTask, Guid.NewGuid())));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Ichiro, new StartWorkflowTrial("consultation", Consultation, "")));

        Assert.Equal("そのタスク・タイマー・メッセージはもう待機していません。", gone.Message);
        Assert.StartsWith("試行の状態を読み取れません。", garbled.Message, StringComparison.Ordinal);
    }

    // Every table's row count, by table name.
    private async Task<Dictionary<string, long>> CountRowsAsync()
    {
        await using var connection = new NpgsqlConnection(host.OwnerConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }
}
