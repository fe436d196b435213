using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Dmn;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Model;
using CaseManagement.Workflows.Tests.Support;
using Xunit;

namespace CaseManagement.Workflows.Tests.Processes;

/// <summary>Scenarios of the shipped workflows/counter-procedure.bpmn (窓口手続き) with its decision
/// workflows/related-procedures.dmn, given to the engine as the app does: keyed by file name.</summary>
public sealed class CounterProcedureProcessTests
{
    private static readonly ProcessDefinition Counter = ProcessRun.Shipped("counter-procedure.bpmn");
    private static readonly DateTimeOffset Morning = new(2026, 4, 6, 9, 0, 0, TimeSpan.FromHours(9));

    private static readonly WorkflowEngine Engine = new(new DmnDocuments(new Dictionary<string, DmnDefinitions>
    {
        ["related-procedures"] = DmnReader.Read(TestBpmn.Workflow("related-procedures.dmn")),
    }));

    // The flows leaving 関連手続 (the inclusive split).
    private static readonly string[] FanOut = ["flow_to_kokuho", "flow_to_child_allowance", "flow_to_school_transfer", "flow_to_long_term_care", "flow_no_related"];

    private static ProcessRun Visit(string @event, bool hasChildren, long age) =>
        ProcessRun.Start(Counter, Morning, Vars.Of(("event", @event), ("hasChildren", hasChildren), ("age", age)), Engine);

    [Fact]
    public void A_family_moving_in_gets_health_insurance_child_allowance_and_school_transfer_tasks_at_once()
    {
        // given a parent of school-age children moving in (転入)
        var run = Visit("転入", hasChildren: true, age: 38);

        // then the decision lists three procedures and each counter gets its task in parallel
        Assert.Equal(["国民健康保険", "児童手当", "転入学"], (IEnumerable<object?>)run.State.Variables["procedures"]!);
        Assert.Equal(
            [("kokuho", "国民健康保険の手続", "counter:kokuho"), ("child_allowance", "児童手当の手続", "counter:jidoteate"), ("school_transfer", "転入学の手続", "counter:gakumu")],
            run.OpenTasks.Select(t => (t.ElementId, t.Name, t.Queue!)));
        Assert.Equal((true, true, true, false), (
            run.State.Variables["needsHealthInsurance"], run.State.Variables["needsChildAllowance"],
            run.State.Variables["needsSchoolTransfer"], run.State.Variables["needsLongTermCare"]));
        Assert.Equal(["flow_to_kokuho", "flow_to_child_allowance", "flow_to_school_transfer"], run.Events(HistoryKinds.FlowTaken).Intersect(FanOut));
    }

    [Fact]
    public void The_visit_is_done_only_when_every_related_procedure_is()
    {
        var run = Visit("転入", hasChildren: true, age: 38);

        run.After(TimeSpan.FromMinutes(20)).CompleteTask("school_transfer");
        run.After(TimeSpan.FromMinutes(10)).CompleteTask("kokuho");

        // the join waits for the one still open
        Assert.Equal(InstanceStatus.Active, run.State.Status);
        Assert.Equal(["child_allowance"], run.OpenTasks.Select(t => t.ElementId));
        Assert.DoesNotContain("join", run.Completed);

        run.After(TimeSpan.FromMinutes(15)).CompleteTask("child_allowance");

        Assert.Equal(new InstanceCompleted("done", false), run.Last.Commands[^1]);
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Equal(["join", "done"], run.Completed.TakeLast(2));
        Assert.Single(run.Completed, "join");
        Assert.Empty(run.State.Tokens);
    }

    [Fact]
    public void An_elderly_resident_moving_in_alone_gets_health_insurance_and_long_term_care()
    {
        var run = Visit("転入", hasChildren: false, age: 72);

        Assert.Equal(["counter:kokuho", "counter:kaigo"], run.OpenTasks.Select(t => t.Queue));
        Assert.Equal(["flow_to_kokuho", "flow_to_long_term_care"], run.Events(HistoryKinds.FlowTaken).Intersect(FanOut));

        run.CompleteTask("long_term_care");
        run.CompleteTask("kokuho");

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void An_event_with_no_related_procedure_takes_the_default_flow_and_ends_at_once()
    {
        // given a marriage (婚姻) without children: nothing else to do at another counter
        var run = Visit("婚姻", hasChildren: false, age: 29);

        // COLLECT with no matching rule gives null; the script makes it an empty list and every flag false
        Assert.Empty((IEnumerable<object?>)run.State.Variables["procedures"]!);
        Assert.All(["needsHealthInsurance", "needsChildAllowance", "needsSchoolTransfer", "needsLongTermCare"], flag => Assert.Equal(false, run.State.Variables[flag]));
        Assert.Empty(run.Commands.OfType<CreateUserTask>());
        Assert.Equal(["flow_no_related"], run.Events(HistoryKinds.FlowTaken).Intersect(FanOut));
        Assert.Equal(["visit", "determine_procedures", "set_flags", "fan_out", "join", "done"], run.Completed);
        Assert.Equal(new InstanceCompleted("done", false), run.Last.Commands[^1]);
    }

    [Fact]
    public void A_birth_needs_health_insurance_and_child_allowance_for_the_baby()
    {
        var run = Visit("出生", hasChildren: true, age: 0);

        Assert.Equal(["kokuho", "child_allowance"], run.OpenTasks.Select(t => t.ElementId));
        Assert.Equal(["flow_to_kokuho", "flow_to_child_allowance"], run.Events(HistoryKinds.FlowTaken).Intersect(FanOut));
    }
}
