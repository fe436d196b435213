using CaseManagement.Core.Administration;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing;
using CaseManagement.Testing.Core;
using CaseManagement.Workflows.Bpmn;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Administration;

/// <summary>The designer's server side: a shared draft guarded by its revision, the check before publishing, immutable
/// versions that new cases follow while running ones stay on theirs, and the diff of two versions.</summary>
public sealed class WorkflowPublishingTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    private static readonly TestActor Admin = TestActor.Staff("システム 管理者", Roles.Admin);
    private static readonly TestActor OtherAdmin = TestActor.Staff("設計 二郎", Roles.Admin);

    private static string Consultation => File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "consultation.bpmn"));

    // consultation.bpmn with a first-intake user task (一次受付, queue =category) between assignment and 相談対応.
    private static string WithIntake => Consultation
        .Replace("""<bpmn:sequenceFlow id="flow_to_respond" sourceRef="assign_counselor" targetRef="respond" />""",
            """
            <bpmn:sequenceFlow id="flow_to_respond" sourceRef="assign_counselor" targetRef="intake" />
            <bpmn:userTask id="intake" name="一次受付" cm:queue="=category" />
            <bpmn:sequenceFlow id="flow_intake_to_respond" sourceRef="intake" targetRef="respond" />
            """, StringComparison.Ordinal);

    [Fact]
    public async Task A_save_from_an_older_revision_is_refused_naming_who_saved_and_changes_nothing()
    {
        var opened = await host.SendAsync(Admin, new GetWorkflowDraft("application_review"));
        Assert.Equal(0, opened.Revision);
        var first = await host.SendAsync(Admin, new SaveWorkflowDraft("application_review", opened.BpmnXml + "<!-- 1 -->", opened.Revision));
        var second = await host.SendAsync(Admin, new SaveWorkflowDraft("application_review", opened.BpmnXml + "<!-- 2 -->", first.Revision));

        // the other admin opened the draft at the first save and saves after the second
        var conflict = await Assert.ThrowsAsync<ConflictException>(() =>
            host.SendAsync(OtherAdmin, new SaveWorkflowDraft("application_review", "<definitions/>", first.Revision)));

        Assert.Equal((1, 2), (first.Revision, second.Revision));
        Assert.StartsWith("別の管理者（システム 管理者）が ", conflict.Message, StringComparison.Ordinal);
        Assert.EndsWith("最新の下書きを読み込み直してから編集してください。", conflict.Message, StringComparison.Ordinal);
        var draft = await host.SendAsync(OtherAdmin, new GetWorkflowDraft("application_review"));
        Assert.Equal((2, "システム 管理者"), (draft.Revision, draft.UpdatedByName));
        Assert.EndsWith("<!-- 2 -->", draft.BpmnXml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_a_broken_diagram_is_refused_with_the_issues_and_no_version_is_added()
    {
        var before = await host.SendAsync(Admin, new ListWorkflowVersions("counter_procedure"));
        var broken = File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "counter-procedure.bpmn"))
            .Replace("cm:queue=\"counter:kokuho\"", "", StringComparison.Ordinal)
            .Replace("=needsChildAllowance", "=needsChildAllowance and", StringComparison.Ordinal);
        var saved = await host.SendAsync(Admin, new SaveWorkflowDraft("counter_procedure", broken, (await host.SendAsync(Admin, new GetWorkflowDraft("counter_procedure"))).Revision));

        var refused = await Assert.ThrowsAsync<WorkflowCheckFailedException>(() => host.SendAsync(Admin, new PublishWorkflowDraft("counter_procedure", saved.Revision)));

        Assert.Equal(
            [("flow_to_child_allowance", BpmnIssueCodes.FeelSyntax), ("kokuho", BpmnIssueCodes.UserTaskWithoutQueue)],
            refused.Issues.Select(i => (i.ElementId, i.Code)).Order());
        Assert.Contains(refused.Issues, i => i.Message == "ユーザータスクにキュー（担当の分野）が設定されていません。プロパティでキューを選んでください。");
        Assert.Equal("チェックで 2 件の問題が見つかったため公開できません。図の印と一覧を確認してください。", refused.Message);
        Assert.Equal(before, await host.SendAsync(Admin, new ListWorkflowVersions("counter_procedure")));
        Assert.Equal(saved.Revision, (await host.SendAsync(Admin, new GetWorkflowDraft("counter_procedure"))).Revision);
        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => a.Action == nameof(PublishWorkflowDraft) && a.Outcome == "refused")));
    }

    [Fact]
    public async Task A_published_draft_is_the_next_version_new_cases_follow_it_and_a_running_case_stays_on_its_own()
    {
        var older = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "公開前の相談", TestPin.Default));
        var olderTask = (await host.SendAsync(host.Hanako, new ListDeskQueue())).Single(t => t.CaseNumber == older.CaseNumber);
        var draft = await host.SendAsync(Admin, new GetWorkflowDraft("consultation"));
        var saved = await host.SendAsync(Admin, new SaveWorkflowDraft("consultation", WithIntake, draft.Revision));

        var published = await host.SendAsync(Admin, new PublishWorkflowDraft("consultation", saved.Revision));
        var newer = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "公開後の相談", TestPin.Default));

        Assert.True(published.IsNewVersion);
        Assert.Equal(draft.BasedOnVersion + 1, published.Version);
        var queue = await host.SendAsync(host.Hanako, new ListDeskQueue());
        Assert.Equal("一次受付", queue.Single(t => t.CaseNumber == newer.CaseNumber).TaskName);
        Assert.Equal("相談対応", queue.Single(t => t.CaseNumber == older.CaseNumber).TaskName);
        Assert.Equal(draft.BasedOnVersion, await VersionOfCaseAsync(older.CaseId));
        Assert.Equal(published.Version, await VersionOfCaseAsync(newer.CaseId));
        // the older case goes on along the old diagram to its end
        await host.SendAsync(host.Hanako, new ClaimTask(olderTask.TaskId));
        var done = await host.SendAsync(host.Hanako, new CompleteTask(olderTask.TaskId, new Dictionary<string, object?> { ["followUp"] = false }));
        Assert.True(done.WorkflowEnded);
        // the draft became the version: the designer opens the new version next time
        var reopened = await host.SendAsync(Admin, new GetWorkflowDraft("consultation"));
        Assert.Equal((0, published.Version), (reopened.Revision, reopened.BasedOnVersion));
        var versions = await host.SendAsync(Admin, new ListWorkflowVersions("consultation"));
        Assert.Equal(1, versions.Single(v => v.Version == published.Version).Running);

        var diff = await host.SendAsync(Admin, new CompareWorkflowVersions("consultation", draft.BasedOnVersion!.Value, published.Version));

        Assert.Equal(
            [("flow_intake_to_respond", ElementChangeKind.Added), ("flow_to_respond", ElementChangeKind.Changed), ("intake", ElementChangeKind.Added)],
            diff.Changes.Select(c => (c.ElementId, c.Kind)).Order());
        Assert.Equal([new AttributeChange("targetRef", "respond", "intake")], diff.Changes.Single(c => c.ElementId == "flow_to_respond").Attributes);
    }

    [Fact]
    public async Task A_published_version_cannot_be_changed_even_in_the_database()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => host.QueryAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE wf_definitions SET bpmn_xml = '<x/>' WHERE process_id = 'consultation'")));

        Assert.Contains("is published and cannot be changed", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_work_on_drafts()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Ichiro, new GetWorkflowDraft("consultation")));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Auditor, new SaveWorkflowDraft("consultation", "<x/>", 0)));
    }

    private Task<int> VersionOfCaseAsync(Guid caseId) => host.QueryAsync(db =>
        db.WorkflowInstances.Where(i => i.BusinessKey == caseId.ToString())
            .Join(db.WorkflowDefinitions, i => i.DefinitionId, d => d.Id, (_, d) => d.Version).SingleAsync());
}
