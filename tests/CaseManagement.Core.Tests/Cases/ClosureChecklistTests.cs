using CaseManagement.Core.Administration;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Tasks;
using CaseManagement.Core.Tests.Tasks;
using CaseManagement.Testing.Core;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Cases;

/// <summary>児童相談's closure checklist (相談種別・対応結果・継続支援の要否, set by an admin) runs when a completion
/// would end the case (終了確認 without follow-up): a missing item refuses it by name and nothing changes.</summary>
public sealed class ClosureChecklistTests(CoreTestHost host) : IClassFixture<CoreTestHost>, IAsyncLifetime
{
    private readonly TestActor admin = TestActor.Staff("システム 管理者", Roles.Admin);

    public async ValueTask InitializeAsync() =>
        await host.SendAsync(admin, new SetClosureChecklist("child", ["consultationType", "outcome", "followUpNeeded"]));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Closing_with_nothing_recorded_is_refused_naming_each_missing_item_and_changes_nothing()
    {
        var task = await ClaimedTaskAsync("記録なしで終えようとする相談");

        var refused = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(host.Hanako, Close(task)));

        var message = Assert.Single(refused.Errors).ErrorMessage;
        Assert.Equal("終了チェックリストの必須項目が未入力のため、相談を終了できません。未入力の項目：相談種別、対応結果、継続支援の要否。入力してから、もう一度完了してください。", message);
        var still = await host.SendAsync(host.Hanako, new GetTask(task.TaskId));
        Assert.Equal(("open", true, task.Revision + 1), (still.Status, still.IsMine, still.Revision));
        var @case = await host.QueryAsync(db => db.Cases.SingleAsync(c => c.Id == task.CaseId));
        Assert.Equal((CaseStatus.Open, (DateTimeOffset?)null), (@case.Status, @case.ClosedAt));
        Assert.Single(await host.SendAsync(host.Hanako, new ListOpenTasksOfCase(task.CaseId)));
        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => a.Action == nameof(CompleteTask) && a.Target == "task:" + task.TaskId && a.Outcome == "refused")));
    }

    [Fact]
    public async Task Only_the_items_still_missing_are_named()
    {
        var task = await ClaimedTaskAsync("一部だけ記録した相談");
        await host.SendAsync(host.Hanako, new UpdateCaseAttributes(task.CaseId, "parenting", null, null, null));
        await host.SendAsync(host.Hanako, new RecordCaseOutcome(task.CaseId, null, false));

        var refused = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(host.Hanako, Close(task)));

        var message = Assert.Single(refused.Errors).ErrorMessage;
        Assert.Contains("未入力の項目：対応結果。", message, StringComparison.Ordinal);
        Assert.DoesNotContain("相談種別", message, StringComparison.Ordinal);
        Assert.DoesNotContain("継続支援の要否", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_every_item_recorded_the_completion_closes_the_case()
    {
        var task = await ClaimedTaskAsync("記録を終えた相談");
        await host.SendAsync(host.Hanako, new UpdateCaseAttributes(task.CaseId, "development", null, null, null));
        await host.SendAsync(host.Hanako, new RecordCaseOutcome(task.CaseId, "advice", true));

        var closure = await host.SendAsync(host.Hanako, new GetTaskClosureChecklist(task.TaskId));
        Assert.Equal(
            [("consultationType", "相談種別", true), ("outcome", "対応結果", true), ("followUpNeeded", "継続支援の要否", true)],
            closure.Items.Select(i => (i.Item, i.Label, i.Recorded)));
        Assert.Empty(closure.Missing(closing: true));

        var done = await host.SendAsync(host.Hanako, Close(task));

        Assert.True(done.WorkflowEnded);
        var @case = await host.QueryAsync(db => db.Cases.SingleAsync(c => c.Id == task.CaseId));
        Assert.Equal((CaseStatus.Closed, "advice", (bool?)true), (@case.Status, @case.Outcome, @case.FollowUpNeeded));
    }

    [Fact]
    public async Task A_completion_that_keeps_the_case_open_is_not_checked()
    {
        var task = await ClaimedTaskAsync("継続して対応する相談");

        var done = await host.SendAsync(host.Hanako, new CompleteTask(task.TaskId, new Dictionary<string, object?> { ["followUp"] = true }));

        Assert.False(done.WorkflowEnded);
        var closure = await host.SendAsync(host.Hanako, new GetTaskClosureChecklist(done.NewTaskIds.Single()));
        Assert.Equal(3, closure.Missing(closing: true).Count);
        Assert.Empty(closure.Missing(closing: false));
    }

    [Fact]
    public async Task The_workspace_checklist_shows_what_is_recorded_and_what_is_not()
    {
        var task = await ClaimedTaskAsync("チェックリストを表示する相談");
        await host.SendAsync(host.Hanako, new RecordCaseOutcome(task.CaseId, "referral", null));

        var closure = await host.SendAsync(host.Hanako, new GetTaskClosureChecklist(task.TaskId));

        Assert.Equal([("consultationType", false), ("outcome", true), ("followUpNeeded", false)], closure.Items.Select(i => (i.Item, i.Recorded)));
        Assert.All(closure.Items, i => Assert.True(i.ByCategory));
    }

    [Fact]
    public async Task Admins_choose_items_from_the_list_only_and_counselors_cannot_change_the_checklist()
    {
        var unknown = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(admin, new SetClosureChecklist("child", ["outcome", "favouriteColour"])));
        Assert.Equal("終了チェックリストに指定できない項目が含まれています。一覧から選んでください。", Assert.Single(unknown.Errors).ErrorMessage);
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Hanako, new SetClosureChecklist("child", [])));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(admin, new SetClosureChecklist("no-such-category", [])));

        Assert.Equal(["consultationType", "outcome", "followUpNeeded"], await host.SendAsync(admin, new GetClosureChecklist("child")));
    }

    [Fact]
    public async Task An_outcome_outside_the_list_is_refused_in_japanese()
    {
        var task = await ClaimedTaskAsync("不正な対応結果");

        var refused = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(host.Hanako, new RecordCaseOutcome(task.CaseId, "lottery", true)));

        Assert.Equal("対応結果は一覧から選んでください。", Assert.Single(refused.Errors).ErrorMessage);
        Assert.Null(await host.QueryAsync(db => db.Cases.Where(c => c.Id == task.CaseId).Select(c => c.FollowUpNeeded).SingleAsync()));
    }

    private async Task<DeskTaskView> ClaimedTaskAsync(string message)
    {
        var task = await host.NewChildTaskAsync(message);
        return await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));
    }

    private static CompleteTask Close(DeskTaskView task) => new(task.TaskId, new Dictionary<string, object?> { ["followUp"] = false });
}
