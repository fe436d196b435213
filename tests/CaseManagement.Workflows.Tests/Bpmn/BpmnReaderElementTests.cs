using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Model;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Bpmn;

public sealed class BpmnReaderElementTests
{
    private static IReadOnlyList<BpmnImportError> Refused(string body, string extra = "") =>
        Assert.Throws<BpmnImportException>(() => Process(body, extra)).Errors;

    [Theory]
    [InlineData("""<intermediateThrowEvent id="x"/>""", "intermediateThrowEvent")]
    [InlineData("""<sendTask id="x"/>""", "sendTask")]
    [InlineData("""<callActivity id="x"/>""", "callActivity")]
    [InlineData("""<callActivity id="x" calledElement=" "/>""", "callActivity")]
    [InlineData("""<callActivity id="x" calledElement="other" cm:version="latest"/>""", "callActivity")]
    [InlineData("""<callActivity id="x" calledElement="other" cm:version="0"/>""", "callActivity")]
    [InlineData("""<callActivity id="x" calledElement="other" cm:in="applicant"/>""", "callActivity")]
    [InlineData("""<callActivity id="x" calledElement="other" cm:out="no := 1 +"/>""", "callActivity")]
    [InlineData("""<subProcess id="x" triggeredByEvent="true"><startEvent id="y"/></subProcess>""", "subProcess")]
    [InlineData("""<userTask id="x"><multiInstanceLoopCharacteristics/></userTask>""", "userTask")]
    [InlineData("""<intermediateCatchEvent id="x"><signalEventDefinition/></intermediateCatchEvent>""", "intermediateCatchEvent")]
    [InlineData("""<endEvent id="x"><errorEventDefinition/></endEvent>""", "endEvent")]
    [InlineData("""<intermediateCatchEvent id="x"/>""", "intermediateCatchEvent")]
    public void Elements_the_engine_cannot_run_are_refused_by_id_and_type(string element, string type)
    {
        Assert.Contains(Refused($"""<startEvent id="s"/>{element}"""), e => e.ElementId == "x" && e.ElementType == type && e.Line > 0);
    }

    [Fact]
    public void A_boundary_event_on_a_task_that_does_not_wait_is_refused()
    {
        var errors = Refused($"""
            <startEvent id="s"/><serviceTask id="mail" cm:type="notify"/>
            <boundaryEvent id="b" attachedToRef="mail"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></boundaryEvent>
            {Flow("s", "mail")}
            """);

        Assert.Contains(errors, e => e.ElementId == "b" && e.Message.Contains("serviceTask", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<timeDuration>2 hours</timeDuration>")]
    [InlineData("<timeDate>tomorrow</timeDate>")]
    [InlineData("<timeCycle>every day</timeCycle>")]
    [InlineData("")]
    public void A_timer_that_is_not_iso_8601_is_refused(string definition)
    {
        Assert.Contains(
            Refused($"""<startEvent id="s"/><intermediateCatchEvent id="t"><timerEventDefinition>{definition}</timerEventDefinition></intermediateCatchEvent>{Flow("s", "t")}"""),
            e => e.ElementId == "t");
    }

    [Fact]
    public void A_message_event_must_name_a_declared_message()
    {
        Assert.Contains(
            Refused($"""<startEvent id="s"/><intermediateCatchEvent id="t"><messageEventDefinition messageRef="nope"/></intermediateCatchEvent>{Flow("s", "t")}"""),
            e => e.ElementId == "t" && e.Message.Contains("nope", StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_based_gateway_must_lead_to_catch_events()
    {
        Assert.Contains(
            Refused($"""<startEvent id="s"/><eventBasedGateway id="g"/><userTask id="t"/>{Flow("s", "g")}{Flow("g", "t")}"""),
            e => e.ElementId == "g_t");
    }

    [Fact]
    public void A_flow_crossing_a_subprocess_boundary_is_refused()
    {
        Assert.Contains(
            Refused($"""<startEvent id="s"/><subProcess id="sub"><startEvent id="in"/><userTask id="inner"/></subProcess>{Flow("s", "inner")}"""),
            e => e.ElementId == "s_inner" && e.Message.Contains("subprocess", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subprocess_without_start_event_is_refused()
    {
        Assert.Contains(Refused($"""<startEvent id="s"/><subProcess id="sub"/>{Flow("s", "sub")}"""), e => e.ElementId == "sub");
    }

    [Fact]
    public void A_flow_leaving_a_branching_gateway_without_condition_or_default_is_refused()
    {
        Assert.Contains(
            Refused($"""<startEvent id="s"/><exclusiveGateway id="g"/><endEvent id="a"/><endEvent id="b"/>{Flow("s", "g")}{Flow("g", "a", "x")}{Flow("g", "b")}"""),
            e => e.ElementId == "g_b");
    }

    [Fact]
    public void Duplicate_ids_are_refused()
    {
        Assert.Contains(Refused($"""<startEvent id="s"/><userTask id="t"/><userTask id="t"/>{Flow("s", "t")}"""), e => e.ElementId == "t" && e.Message.Contains("more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void A_call_activity_without_called_element_is_refused_naming_it_and_its_line()
    {
        var errors = Refused("""
            <startEvent id="s"/>
            <callActivity id="moving_in"/>
            """);

        var error = Assert.Single(errors);
        Assert.Equal(("moving_in", "callActivity", 6), (error.ElementId, error.ElementType, error.Line));
        Assert.Contains("calledElement", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_activity_reads_its_process_version_and_mappings()
    {
        var process = Process($"""
            <startEvent id="s"/>
            <callActivity id="latest" calledElement="moving-in"/>
            <callActivity id="pinned" calledElement="moving-in" cm:version="3" cm:in="applicant := resident; fee := 0" cm:out="certificateNo := issuedNo"/>
            {Flow("s", "latest")}{Flow("latest", "pinned")}
            """);

        var latest = Assert.IsType<CallActivityNode>(process.Nodes["latest"]);
        Assert.Equal(("moving-in", (int?)null, (object?)null, (object?)null), (latest.CalledProcessId, latest.Version, (object?)latest.Inputs, (object?)latest.Outputs));
        var pinned = Assert.IsType<CallActivityNode>(process.Nodes["pinned"]);
        Assert.Equal(3, pinned.Version);
        Assert.Equal(["applicant", "fee"], pinned.Inputs!.Targets);
        Assert.Equal(["certificateNo"], pinned.Outputs!.Targets);
    }

    [Fact]
    public void Every_supported_element_is_read_into_its_node_type()
    {
        var process = Process($"""
            <startEvent id="s"/>
            <parallelGateway id="fork"/><inclusiveGateway id="or" default="or_c"/><eventBasedGateway id="ev"/>
            <intermediateCatchEvent id="c1"><timerEventDefinition><timeDate>2026-04-01T09:00:00+09:00</timeDate></timerEventDefinition></intermediateCatchEvent>
            <userTask id="u"/><boundaryEvent id="b" attachedToRef="u" cancelActivity="false"><timerEventDefinition><timeCycle>R3/PT1H</timeCycle></timerEventDefinition></boundaryEvent>
            <serviceTask id="svc" cm:type="auto-reply" cm:template="ack"/><scriptTask id="sc" cm:script="x := 1"/>
            <subProcess id="sub"><startEvent id="sub_s"/></subProcess>
            <userTask id="c"/>
            {Flow("s", "fork")}{Flow("fork", "or")}{Flow("or", "c")}{Flow("fork", "ev")}{Flow("ev", "c1")}
            """);

        Assert.IsType<ParallelGatewayNode>(process.Nodes["fork"]);
        Assert.Equal("or_c", Assert.IsType<InclusiveGatewayNode>(process.Nodes["or"]).DefaultFlowId);
        Assert.IsType<EventBasedGatewayNode>(process.Nodes["ev"]);
        Assert.Equal(new TimerTrigger(TimerKind.Date, "2026-04-01T09:00:00+09:00"), Assert.IsType<IntermediateCatchEventNode>(process.Nodes["c1"]).Trigger);
        var boundary = Assert.IsType<BoundaryEventNode>(process.Nodes["b"]);
        Assert.Equal(("u", false), (boundary.AttachedToId, boundary.CancelActivity));
        Assert.Equal("ack", Assert.IsType<ServiceTaskNode>(process.Nodes["svc"]).Inputs["template"]);
        Assert.Equal(["x"], Assert.IsType<ScriptTaskNode>(process.Nodes["sc"]).Script.Targets);
        Assert.Equal("sub", process.Nodes["sub_s"].ScopeId);
    }
}
