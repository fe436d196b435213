using CaseManagement.Core.Administration;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Tasks;

/// <summary>Automatic assignment per category (the assign service task of the consultation workflow): in turn or to the
/// least loaded, only among counselors at their desk, in the same transaction as the new task; recorded in the case history.</summary>
public sealed class AutomaticAssignmentTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    private static readonly TestActor Admin = TestActor.Staff("管理者 和子", Roles.Admin);

    [Fact]
    public async Task Round_robin_gives_new_consultations_to_the_counselors_at_their_desk_in_turn()
    {
        var (code, counselors) = await CategoryAsync(AssignmentModes.RoundRobin, onDuty: 3);

        var assignees = new List<Guid?>();
        for (var i = 0; i < 4; i++)
        {
            assignees.Add(await AssigneeAsync(await ConsultAsync(code)));
        }

        var turn = counselors.Select(c => c.StaffId!.Value).Order(AssignmentPool.Rotation).ToList();
        Assert.Equal([turn[0], turn[1], turn[2], turn[0]], assignees);
    }

    [Fact]
    public async Task Consultations_started_at_the_same_moment_still_take_turns()
    {
        var (code, counselors) = await CategoryAsync(AssignmentModes.RoundRobin, onDuty: 2);

        // Six residents at once: without the turn's row lock two of them read the same last counselor and both pick the next.
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => ConsultAsync(code, $"同時の相談 {i}")));

        var order = await host.QueryAsync(db => db.TaskAssignments
            .Where(a => a.Kind == AssignmentKinds.Auto && db.WorkTasks.Any(t => t.Id == a.TaskId && t.Queue == code))
            .OrderBy(a => a.Id).Select(a => a.StaffId!.Value).ToListAsync());
        Assert.Equal(6, order.Count);
        Assert.All(order.Zip(order.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
        Assert.Equal(3, order.Count(id => id == counselors[0].StaffId));
    }

    [Fact]
    public async Task Least_loaded_picks_the_counselor_holding_the_fewest_open_tasks()
    {
        var (code, counselors) = await CategoryAsync(AssignmentModes.None, onDuty: 3);
        var (busy, idle, middling) = (counselors[0], counselors[1], counselors[2]);
        foreach (var (who, count) in new[] { (busy, 2), (middling, 1) })
        {
            for (var i = 0; i < count; i++)
            {
                var task = await TaskOfAsync(await ConsultAsync(code), who);
                await host.SendAsync(who, new ClaimTask(task.TaskId));
            }
        }

        await host.SendAsync(Admin, new SetCategoryAssignment(code, AssignmentModes.LeastLoaded));
        var first = await AssigneeAsync(await ConsultAsync(code));
        var second = await AssigneeAsync(await ConsultAsync(code));

        Assert.Equal(idle.StaffId, first);
        // Now idle and middling hold one each: the tie goes to whichever comes next in turn after idle.
        var next = new AssignmentPool(AssignmentModes.LeastLoaded, [.. new[] { idle.StaffId!.Value, middling.StaffId!.Value }.Order(AssignmentPool.Rotation)])
            .InTurnAfter(idle.StaffId)[0];
        Assert.Equal(next, second);
    }

    [Fact]
    public async Task Counselors_away_from_their_desk_are_skipped_until_they_return()
    {
        var (code, counselors) = await CategoryAsync(AssignmentModes.RoundRobin, onDuty: 2);
        var (present, away) = (counselors[0], counselors[1]);
        await host.SendAsync(away, new SetOnDuty(false));

        Assert.Equal(present.StaffId, await AssigneeAsync(await ConsultAsync(code)));
        Assert.Equal(present.StaffId, await AssigneeAsync(await ConsultAsync(code)));

        await host.SendAsync(away, new SetOnDuty(true));
        Assert.Equal(away.StaffId, await AssigneeAsync(await ConsultAsync(code)));
        Assert.True(await host.SendAsync(away, new GetMyDuty()));
    }

    [Fact]
    public async Task A_disabled_counselor_leaves_their_desk_and_gets_no_new_task()
    {
        var (code, counselors) = await CategoryAsync(AssignmentModes.RoundRobin, onDuty: 2);
        var (staying, leaving) = (counselors[0], counselors[1]);

        await host.SendAsync(Admin, new SetStaffEnabled(leaving.StaffId!.Value, false, new StaffAdminFacts(false, 1)));

        Assert.Equal(staying.StaffId, await AssigneeAsync(await ConsultAsync(code)));
        Assert.Equal(staying.StaffId, await AssigneeAsync(await ConsultAsync(code)));
        Assert.False(await host.SendAsync(leaving, new GetMyDuty()));
        var listed = Assert.Single(await host.SendAsync(Admin, new ListCategoryAssignments()), c => c.Code == code);
        Assert.Equal((1, 2), (listed.OnDuty, listed.Staff));
    }

    [Fact]
    public async Task With_mode_none_or_nobody_at_their_desk_the_task_waits_unassigned_in_the_queue()
    {
        var (none, noneStaff) = await CategoryAsync(AssignmentModes.None, onDuty: 2);
        var (empty, emptyStaff) = await CategoryAsync(AssignmentModes.LeastLoaded, onDuty: 0, staff: 1);

        var waiting = await TaskOfAsync(await ConsultAsync(none), noneStaff[0]);
        var alsoWaiting = await TaskOfAsync(await ConsultAsync(empty), emptyStaff[0]);

        Assert.Null(waiting.AssigneeId);
        Assert.Null(alsoWaiting.AssigneeId);
        Assert.Contains(await host.SendAsync(noneStaff[1], new ListDeskQueue(none, DeskAssigneeFilter.Unassigned)), t => t.TaskId == waiting.TaskId);
        Assert.False(await host.QueryAsync(db => db.TaskAssignments.AnyAsync(a => a.TaskId == waiting.TaskId || a.TaskId == alsoWaiting.TaskId)));
    }

    [Fact]
    public async Task Every_assignment_is_in_the_case_history_with_names_and_readable_by_auditors()
    {
        var (code, counselors) = await CategoryAsync(AssignmentModes.RoundRobin, onDuty: 1, staff: 2);
        var supervisor = TestActor.Staff("管理 三郎", Roles.Supervisor);
        await host.SendAsync(new SystemActor(), new EnsureStaffMember(supervisor.StaffId!.Value, supervisor.DisplayName!, [code]));
        var (auto, other) = (counselors.Single(c => c.DisplayName!.EndsWith("0", StringComparison.Ordinal)), counselors[1]);
        var caseId = await ConsultAsync(code);
        var task = await TaskOfAsync(caseId, auto);

        await host.SendAsync(auto, new ReleaseTask(task.TaskId));
        await host.SendAsync(other, new ClaimTask(task.TaskId));
        await host.SendAsync(supervisor, new ReassignTask(task.TaskId, auto.StaffId!.Value));

        var history = await host.SendAsync(other, new ListCaseAssignments(caseId));
        Assert.Equal(
            [
                (AssignmentKinds.Auto, auto.DisplayName, null, "system", AssignmentModes.RoundRobin),
                (AssignmentKinds.Release, null, auto.DisplayName, auto.DisplayName, null),
                (AssignmentKinds.Claim, other.DisplayName, null, other.DisplayName, null),
                (AssignmentKinds.Reassign, auto.DisplayName, other.DisplayName, supervisor.DisplayName, null),
            ],
            history.Select(h => (h.Kind, h.StaffName, h.PreviousStaffName, h.ActorName, h.Mode)).ToList());
        Assert.All(history, h => Assert.Equal("相談対応", h.TaskName));
        var instanceId = await host.QueryAsync(db => db.WorkTasks.Where(t => t.Id == task.TaskId).Select(t => t.InstanceId).SingleAsync());
        Assert.Equal(history, await host.SendAsync(host.Auditor, new ListInstanceAssignments(instanceId)));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Misaki, new ListCaseAssignments(caseId)));
    }

    [Fact]
    public async Task An_unknown_mode_is_refused_in_japanese_and_changes_nothing()
    {
        var (code, _) = await CategoryAsync(AssignmentModes.RoundRobin, onDuty: 1);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(Admin, new SetCategoryAssignment(code, "random")));

        Assert.Equal("割当方法は「なし」「順番（ラウンドロビン）」「担当件数の少ない順」から選んでください。", Assert.Single(refused.Errors).ErrorMessage);
        var listed = Assert.Single(await host.SendAsync(Admin, new ListCategoryAssignments()), c => c.Code == code);
        Assert.Equal((AssignmentModes.RoundRobin, 1, 1), (listed.Mode, listed.OnDuty, listed.Staff));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Ichiro, new SetCategoryAssignment(code, AssignmentModes.None)));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Ichiro, new SetOnDuty(true)));
    }

    /// <summary>A category of its own per test (the fixture's database is shared by the class), running the shipped
    /// consultation workflow, with counselors "…0", "…1", … of whom the first <paramref name="onDuty"/> are at their desk.</summary>
    private async Task<(string Code, IReadOnlyList<TestActor> Counselors)> CategoryAsync(string mode, int onDuty, int? staff = null)
    {
        var code = "aa-" + Guid.NewGuid().ToString("N")[..8];
        var system = new SystemActor();
        await host.SendAsync(system, new EnsureCategory(code, "自動割当 " + code, "Assignment " + code, "", "", "consultation", 90));
        var counselors = Enumerable.Range(0, staff ?? Math.Max(onDuty, 1)).Select(i => TestActor.Staff($"相談 {code} {i}", Roles.Counselor)).ToList();
        foreach (var (c, i) in counselors.Select((c, i) => (c, i)))
        {
            await host.SendAsync(system, new EnsureStaffMember(c.StaffId!.Value, c.DisplayName!, [code]));
            await host.SendAsync(c, new SetOnDuty(i < onDuty));
        }

        await host.SendAsync(Admin, new SetCategoryAssignment(code, mode));
        return (code, counselors);
    }

    private async Task<Guid> ConsultAsync(string code, string message = "相談があります。") =>
        (await host.SendAsync(TestActor.Resident, new StartConsultation(code, message, TestPin.Default))).CaseId;

    private async Task<DeskTaskView> TaskOfAsync(Guid caseId, TestActor member) =>
        Assert.Single(await host.SendAsync(member, new ListOpenTasksOfCase(caseId)));

    private Task<Guid?> AssigneeAsync(Guid caseId) => host.QueryAsync(async db =>
    {
        var key = caseId.ToString();
        var assignee = await db.WorkTasks
            .Where(t => t.Status == "open" && db.WorkflowInstances.Any(i => i.Id == t.InstanceId && i.BusinessKey == key))
            .Select(t => t.Assignee).SingleAsync();
        return assignee is null ? (Guid?)null : Guid.Parse(assignee);
    });
}
