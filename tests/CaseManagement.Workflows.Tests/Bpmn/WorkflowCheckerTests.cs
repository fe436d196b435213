using CaseManagement.Workflows.Bpmn;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Bpmn;

/// <summary>The check before publishing: the reader's refusals, each with its code, plus unreachable elements and
/// user tasks without a queue — all of them at once, pointing at the element.</summary>
public sealed class WorkflowCheckerTests
{
    [Theory]
    [InlineData("consultation.bpmn")]
    [InlineData("application-review.bpmn")]
    [InlineData("counter-procedure.bpmn")]
    public void The_shipped_workflows_pass_the_check(string file) => Assert.Empty(WorkflowChecker.Check(Workflow(file)));

    [Fact]
    public void An_unsupported_element_is_reported_and_what_follows_it_still_counts_as_reachable()
    {
        var issues = WorkflowChecker.Check(Document($"""
            <startEvent id="s"/>{Flow("s", "manual")}
            <manualTask id="manual"/>{Flow("manual", "t")}
            <userTask id="t" cm:queue="child"/>{Flow("t", "e")}
            <endEvent id="e"/>
            """));

        var issue = Assert.Single(issues);
        Assert.Equal(("manual", BpmnIssueCodes.Unsupported, "manualTask"), (issue.ElementId, issue.Code, issue.Detail));
    }

    [Fact]
    public void An_element_no_path_reaches_is_reported_but_a_boundary_event_of_a_reached_task_is_not()
    {
        var issues = WorkflowChecker.Check(Document($"""
            <startEvent id="s"/>{Flow("s", "t")}
            <userTask id="t" cm:queue="child"/>{Flow("t", "e")}
            <boundaryEvent id="b" attachedToRef="t"><timerEventDefinition><timeDuration>P1D</timeDuration></timerEventDefinition></boundaryEvent>
            <endEvent id="e"/>
            <userTask id="island" cm:queue="child"/>{Flow("island", "e2")}
            <endEvent id="e2"/>
            """));

        Assert.Equal(["island", "e2"], issues.Where(i => i.Code == BpmnIssueCodes.Unreachable).Select(i => i.ElementId));
        Assert.Equal(2, issues.Count);
    }

    [Fact]
    public void Elements_inside_a_reached_subprocess_are_reachable_from_its_start()
    {
        var issues = WorkflowChecker.Check(Document($"""
            <startEvent id="s"/>{Flow("s", "sub")}
            <subProcess id="sub">
              <startEvent id="ss"/>{Flow("ss", "st")}
              <userTask id="st" cm:queue="child"/>{Flow("st", "se")}
              <endEvent id="se"/>
            </subProcess>{Flow("sub", "e")}
            <endEvent id="e"/>
            """));

        Assert.Empty(issues);
    }

    [Fact]
    public void A_gateway_flow_without_condition_or_default_is_reported_on_the_flow_with_the_gateway()
    {
        var issues = WorkflowChecker.Check(Document($"""
            <startEvent id="s"/>{Flow("s", "g")}
            <exclusiveGateway id="g" name="分岐"/>{Flow("g", "a", "=x > 1")}{Flow("g", "b")}
            <endEvent id="a"/><endEvent id="b"/>
            """));

        var issue = Assert.Single(issues);
        Assert.Equal(("g_b", "sequenceFlow", BpmnIssueCodes.GatewayWithoutCondition, "分岐"), (issue.ElementId, issue.ElementType, issue.Code, issue.Detail));
    }

    [Fact]
    public void A_user_task_without_queue_a_timer_without_duration_and_a_broken_condition_are_each_reported()
    {
        var issues = WorkflowChecker.Check(Document($"""
            <startEvent id="s"/>{Flow("s", "t")}
            <userTask id="t"/>{Flow("t", "g")}
            <boundaryEvent id="late" attachedToRef="t"><timerEventDefinition/></boundaryEvent>
            <exclusiveGateway id="g" default="g_b"/>{Flow("g", "a", "=x >")}{Flow("g", "b")}
            <endEvent id="a"/><endEvent id="b"/>
            """));

        Assert.Equal(
            [("t", BpmnIssueCodes.UserTaskWithoutQueue), ("late", BpmnIssueCodes.TimerWithoutDuration), ("g_a", BpmnIssueCodes.FeelSyntax)],
            issues.Select(i => (i.ElementId, i.Code)));
        Assert.Equal("=x >", issues[2].Detail);
    }

    [Fact]
    public void A_broken_script_is_a_feel_syntax_error()
    {
        var issue = Assert.Single(WorkflowChecker.Check(Document($"""
            <startEvent id="s"/>{Flow("s", "calc")}
            <scriptTask id="calc" scriptFormat="feel"><script>fee := (1 +</script></scriptTask>{Flow("calc", "e")}
            <endEvent id="e"/>
            """)));

        Assert.Equal(("calc", BpmnIssueCodes.FeelSyntax), (issue.ElementId, issue.Code));
    }

    [Fact]
    public void Malformed_xml_is_one_issue_without_an_element()
    {
        var issue = Assert.Single(WorkflowChecker.Check("<definitions><process>"));

        Assert.Null(issue.ElementId);
        Assert.Equal(BpmnIssueCodes.Invalid, issue.Code);
    }
}
