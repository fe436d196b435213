using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Elements.Gateways;

public sealed class ParallelGatewayTests
{
    // 住民票と課税証明を並行して確認し、両方済んでから決裁する
    private static readonly string ParallelChecks = $"""
        <startEvent id="start"/>
        <parallelGateway id="split"/>
        <userTask id="check_residence"/><userTask id="check_tax"/>
        <parallelGateway id="join"/>
        <userTask id="approve"/>
        <endEvent id="end"/>
        {Flow("start", "split")}{Flow("split", "check_residence")}{Flow("split", "check_tax")}
        {Flow("check_residence", "join")}{Flow("check_tax", "join")}{Flow("join", "approve")}{Flow("approve", "end")}
        """;

    [Fact]
    public void A_parallel_split_starts_a_token_on_every_outgoing_flow()
    {
        var instance = InstanceDriver.Start(ParallelChecks);

        Assert.Equal(["check_residence", "check_tax"], instance.OpenTasks.Select(t => t.ElementId));
    }

    [Fact]
    public void Parallel_join_waits_for_every_incoming_token()
    {
        // given
        var instance = InstanceDriver.Start(ParallelChecks);

        // when one branch is done
        instance.CompleteTask("check_tax");

        // then the join holds its token and nothing else happens
        Assert.DoesNotContain(instance.Last.Commands, c => c is CreateUserTask);
        Assert.Contains(instance.State.Tokens, t => t.ElementId == "join");

        // when the other branch is done
        instance.CompleteTask("check_residence");

        // then the join completes once and the next task is created
        Assert.Equal("approve", Assert.Single(instance.Last.Commands.OfType<CreateUserTask>()).ElementId);
        Assert.Equal(["join"], instance.Events(HistoryKinds.TokenJoined));
        Assert.Single(instance.Completed, e => e == "join");
        Assert.Equal(["approve"], instance.State.Tokens.Select(t => t.ElementId));
    }

    [Fact]
    public void A_second_token_on_the_same_flow_does_not_satisfy_the_join()
    {
        var instance = InstanceDriver.Start($"""
            <startEvent id="s"/>
            <parallelGateway id="join"/><userTask id="a"/><userTask id="b"/><endEvent id="e"/>
            {Flow("s", "a")}{Flow("s", "a2")}<userTask id="a2"/>{Flow("a2", "a")}
            {Flow("a", "join")}{Flow("b", "join")}{Flow("s", "b")}{Flow("join", "e")}
            """);

        instance.CompleteTask("a");
        instance.CompleteTask("a2");
        instance.CompleteTask("a");

        Assert.Equal(2, instance.State.Tokens.Count(t => t.ElementId == "join"));
        instance.CompleteTask("b");
        Assert.Equal(InstanceStatus.Active, instance.State.Status);
        Assert.Single(instance.State.Tokens, t => t.ElementId == "join");
    }
}
