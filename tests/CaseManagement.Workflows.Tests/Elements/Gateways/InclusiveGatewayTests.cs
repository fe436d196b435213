using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Elements.Gateways;

public sealed class InclusiveGatewayTests
{
    // 必要な書類だけを確認し、確認したものが全部済んだら次へ
    private static readonly string DocumentChecks = $"""
        <startEvent id="start"/>
        <inclusiveGateway id="split" default="split_none"/>
        <userTask id="check_income"/><userTask id="check_family"/><userTask id="none"/>
        <inclusiveGateway id="join"/>
        <userTask id="decide"/>
        {Flow("start", "split")}
        {Flow("split", "check_income", "needsIncome")}{Flow("split", "check_family", "needsFamily")}{Flow("split", "none")}
        {Flow("check_income", "join")}{Flow("check_family", "join")}{Flow("none", "join")}{Flow("join", "decide")}
        """;

    [Fact]
    public void An_inclusive_split_takes_every_flow_whose_condition_holds()
    {
        var instance = InstanceDriver.Start(DocumentChecks, Vars.Of(("needsIncome", true), ("needsFamily", true)));

        Assert.Equal(["check_income", "check_family"], instance.OpenTasks.Select(t => t.ElementId));
    }

    [Fact]
    public void An_inclusive_split_takes_the_default_when_nothing_holds()
    {
        var instance = InstanceDriver.Start(DocumentChecks, Vars.Of(("needsIncome", false)));

        Assert.Equal(["none"], instance.OpenTasks.Select(t => t.ElementId));
        instance.CompleteTask("none");
        Assert.Equal(["decide"], instance.OpenTasks.Select(t => t.ElementId));
    }

    [Fact]
    public void Inclusive_join_waits_only_for_tokens_that_can_still_arrive()
    {
        // given two of the three branches taken
        var instance = InstanceDriver.Start(DocumentChecks, Vars.Of(("needsIncome", true), ("needsFamily", true)));

        // when the first is done, the join waits for the second
        instance.CompleteTask("check_family");
        Assert.DoesNotContain(instance.Last.Commands, c => c is CreateUserTask);

        // when the second is done, the join goes on without waiting for the branch never taken
        instance.CompleteTask("check_income");
        Assert.Equal(["decide"], instance.OpenTasks.Select(t => t.ElementId));
        Assert.Equal(["join"], instance.Events(HistoryKinds.TokenJoined));
    }

    [Fact]
    public void An_inclusive_join_fires_when_the_other_branch_ends_elsewhere()
    {
        // given a branch that may end before reaching the join
        var instance = InstanceDriver.Start($"""
            <startEvent id="s"/><parallelGateway id="fork"/>
            <userTask id="a"/><userTask id="b"/><exclusiveGateway id="x" default="x_join"/><endEvent id="out"/>
            <inclusiveGateway id="join"/><userTask id="after"/>
            {Flow("s", "fork")}{Flow("fork", "a")}{Flow("fork", "b")}
            {Flow("a", "join")}{Flow("b", "x")}{Flow("x", "out", "leave")}{Flow("x", "join")}{Flow("join", "after")}
            """, Vars.Of(("leave", true)));
        instance.CompleteTask("a");
        Assert.DoesNotContain(instance.OpenTasks, t => t.ElementId == "after");

        // when the other branch leaves by the end event
        instance.CompleteTask("b");

        // then nothing can reach the join any more, so it goes on
        Assert.Equal(["after"], instance.OpenTasks.Select(t => t.ElementId));
    }
}
