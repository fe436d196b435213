using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Model;
using CaseManagement.Workflows.Tests.Support;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Bpmn;

public sealed class BpmnReaderTests
{
    [Fact]
    public void Malformed_xml_is_refused_with_its_line()
    {
        var error = Assert.Single(Assert.Throws<BpmnImportException>(() => BpmnReader.Read("<definitions>\n<process>\n</definitions>")).Errors);

        Assert.Equal(3, error.Line);
        Assert.StartsWith("malformed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_entity_is_refused_and_the_file_it_points_at_is_never_read()
    {
        var xml = Fixture("xxe-external-entity.bpmn");

        var exception = Assert.Throws<BpmnImportException>(() => BpmnReader.Read(xml));

        var error = Assert.Single(exception.Errors);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/bin/", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_billion_laughs_document_is_refused_before_any_expansion()
    {
        var exception = Assert.Throws<BpmnImportException>(() => BpmnReader.Read(Fixture("billion-laughs.bpmn")));

        Assert.Contains("DTD", Assert.Single(exception.Errors).Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsupported_elements_and_dangling_flows_are_all_reported_with_id_type_and_line()
    {
        var errors = Assert.Throws<BpmnImportException>(() => BpmnReader.Read(Fixture("unsupported-elements.bpmn"))).Errors;

        Assert.Contains(new BpmnImportError("plain_task", "task", 5, "task is not supported by this engine") { Code = BpmnIssueCodes.Unsupported, Detail = "task" }, errors);
        Assert.Contains(new BpmnImportError("complex", "complexGateway", 6, "complexGateway is not supported by this engine") { Code = BpmnIssueCodes.Unsupported, Detail = "complexGateway" }, errors);
        Assert.Contains(errors, e => e is { ElementId: "f2", ElementType: "sequenceFlow", Line: 8 } && e.Message.Contains("nowhere", StringComparison.Ordinal));
    }

    [Fact]
    public void Flows_and_boundary_events_touching_a_refused_element_are_not_reported_again()
    {
        var errors = Assert.Throws<BpmnImportException>(() => Process($"""
            <startEvent id="s"/><sendTask id="notify_office"/><userTask id="after"/>
            <boundaryEvent id="late" attachedToRef="notify_office"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></boundaryEvent>
            {Flow("s", "notify_office")}{Flow("notify_office", "after")}
            """)).Errors;

        Assert.Equal([("notify_office", "sendTask")], errors.Select(e => (e.ElementId, e.ElementType)));
    }

    [Fact]
    public void A_process_without_start_event_is_refused()
    {
        var errors = Assert.Throws<BpmnImportException>(() => Process("""<endEvent id="e"/>""")).Errors;

        Assert.Contains(errors, e => e.ElementId == "p" && e.Message.Contains("no start event", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gateway_without_outgoing_flows_is_refused()
    {
        var errors = Assert.Throws<BpmnImportException>(() => Process($"""<startEvent id="s"/><exclusiveGateway id="g"/>{Flow("s", "g")}""")).Errors;

        Assert.Contains(errors, e => e.ElementId == "g" && e.ElementType == "exclusiveGateway");
    }

    [Fact]
    public void A_condition_that_is_not_feel_is_refused_at_import_naming_the_flow()
    {
        var errors = Assert.Throws<BpmnImportException>(() => Process($"""
            <startEvent id="s"/><exclusiveGateway id="g" default="g_b"/><endEvent id="a"/><endEvent id="b"/>
            {Flow("s", "g")}{Flow("g", "a", "x = = 1")}{Flow("g", "b")}
            """)).Errors;

        Assert.Contains(errors, e => e.ElementId == "g_a" && e.Message.Contains("FEEL", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_executable_processes_are_read_and_diagram_content_is_ignored()
    {
        var xml = $"""
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" id="d" targetNamespace="t">
              <process id="notes" isExecutable="false"><task id="whatever"/></process>
              <process id="real" isExecutable="true">
                <documentation>説明</documentation>
                <startEvent id="s"><outgoing>s_e</outgoing></startEvent><endEvent id="e"/>{Flow("s", "e")}
              </process>
              <bpmndi:BPMNDiagram id="diagram"/>
            </definitions>
            """;

        var process = Assert.Single(BpmnReader.Read(xml));

        Assert.Equal("real", process.Id);
        Assert.IsType<StartEventNode>(process.Nodes["s"]);
        Assert.Equal("e", Assert.Single(process.Nodes["s"].Outgoing).TargetId);
    }

    [Fact]
    public void A_document_without_an_executable_process_is_refused()
    {
        var xml = """<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><process id="p"/></definitions>""";

        var error = Assert.Single(Assert.Throws<BpmnImportException>(() => BpmnReader.Read(xml)).Errors);
        Assert.Contains("isExecutable", error.Message, StringComparison.Ordinal);
        Assert.Equal(("d", "definitions", 1), (error.ElementId, error.ElementType, error.Line));
    }

    [Fact]
    public void A_document_in_another_namespace_is_refused_naming_its_root()
    {
        // Regression: bpmn-elements' service-task-operation.bpmn (a pre-2010 BPMN namespace) was refused without the root's id.
        var xml = """<bpmn:definitions xmlns:bpmn="http://schema.omg.org/spec/BPMN/2.0" id="old"/>""";

        var error = Assert.Single(Assert.Throws<BpmnImportException>(() => BpmnReader.Read(xml)).Errors);
        Assert.Equal(("old", "definitions", 1), (error.ElementId, error.ElementType, error.Line));
        Assert.Contains("http://schema.omg.org/spec/BPMN/2.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multi_instance_subprocess_is_refused_once_by_its_own_id()
    {
        // Regression: the loop marker inside a subprocess was read as its content and refused as "an element with no id".
        var errors = Assert.Throws<BpmnImportException>(() => Process("""
            <startEvent id="s"/>
            <subProcess id="each_child"><multiInstanceLoopCharacteristics isSequential="true"/><startEvent id="sub_s"/></subProcess>
            """)).Errors;

        var error = Assert.Single(errors);
        Assert.Equal(("each_child", "subProcess"), (error.ElementId, error.ElementType));
    }

    [Fact]
    public void A_user_task_keeps_its_extension_attributes()
    {
        var process = Process($"""<startEvent id="s"/><userTask id="t" cm:queue="=category" cm:assignee="sato" cm:form="f" cm:due="P2D"/>{Flow("s", "t")}""");

        var task = Assert.IsType<UserTaskNode>(process.Nodes["t"]);
        Assert.Equal(("=category", "sato", "f", "P2D"), (task.Queue, task.Assignee, task.FormKey, task.Due));
    }
}
