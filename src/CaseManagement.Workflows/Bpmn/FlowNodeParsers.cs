using System.Xml.Linq;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Bpmn;

/// <summary>One reader per supported BPMN element, in one explicit table: an element not listed here is refused.</summary>
internal static class FlowNodeParsers
{
    public static readonly IReadOnlyDictionary<string, Func<XElement, ProcessReader, FlowNode?>> Table =
        new Dictionary<string, Func<XElement, ProcessReader, FlowNode?>>
        {
            ["startEvent"] = StartEvent,
            ["endEvent"] = EndEvent,
            ["userTask"] = UserTask,
            ["serviceTask"] = ActivityParsers.ServiceTask,
            ["scriptTask"] = ActivityParsers.ScriptTask,
            ["businessRuleTask"] = ActivityParsers.BusinessRuleTask,
            ["subProcess"] = ActivityParsers.SubProcess,
            ["callActivity"] = CallActivityParser.CallActivity,
            ["intermediateCatchEvent"] = IntermediateCatchEvent,
            ["boundaryEvent"] = BoundaryEvent,
            ["exclusiveGateway"] = (e, _) => new ExclusiveGatewayNode { Id = Id(e), ElementType = Type(e), DefaultFlowId = (string?)e.Attribute("default") },
            ["inclusiveGateway"] = (e, _) => new InclusiveGatewayNode { Id = Id(e), ElementType = Type(e), DefaultFlowId = (string?)e.Attribute("default") },
            ["parallelGateway"] = (e, _) => new ParallelGatewayNode { Id = Id(e), ElementType = Type(e) },
            ["eventBasedGateway"] = EventBasedGateway,
        };

    private static IntermediateCatchEventNode? IntermediateCatchEvent(XElement e, ProcessReader reader)
    {
        var trigger = RequiredTrigger(e, reader);
        return trigger is null ? null : new IntermediateCatchEventNode { Id = Id(e), ElementType = Type(e), Trigger = trigger };
    }

    private static BoundaryEventNode? BoundaryEvent(XElement e, ProcessReader reader)
    {
        var trigger = RequiredTrigger(e, reader);
        var attachedTo = (string?)e.Attribute("attachedToRef");
        if (attachedTo is null) reader.Errors.Add(BpmnNames.Error(e, "a boundary event needs attachedToRef"));
        if (trigger is null || attachedTo is null) return null;
        return new BoundaryEventNode
        {
            Id = Id(e),
            ElementType = Type(e),
            AttachedToId = attachedTo,
            CancelActivity = ((string?)e.Attribute("cancelActivity"))?.Trim() != "false",
            Trigger = trigger,
        };
    }

    private static EventBasedGatewayNode? EventBasedGateway(XElement e, ProcessReader reader)
    {
        if (((string?)e.Attribute("instantiate"))?.Trim() == "true")
        {
            reader.Errors.Add(BpmnNames.Error(e, "an instantiating event-based gateway is not supported", BpmnIssueCodes.Unsupported, "instantiating eventBasedGateway"));
            return null;
        }
        return new EventBasedGatewayNode { Id = Id(e), ElementType = Type(e) };
    }

    private static EventTrigger? RequiredTrigger(XElement e, ProcessReader reader)
    {
        var definition = EventDefinitionReader.Single(e, reader, "timerEventDefinition", "messageEventDefinition");
        if (definition is not null) return EventDefinitionReader.Trigger(e, definition, reader);
        if (!reader.Errors.Any(x => x.ElementId == BpmnNames.IdOf(e)))
        {
            reader.Errors.Add(BpmnNames.Error(e, $"{Type(e)} needs a timer or message event definition"));
        }
        return null;
    }

    internal static string Id(XElement e) => BpmnNames.IdOf(e)!;

    internal static string Type(XElement e) => e.Name.LocalName;

    private static StartEventNode? StartEvent(XElement e, ProcessReader reader)
    {
        var definition = EventDefinitionReader.Single(e, reader, "timerEventDefinition", "messageEventDefinition");
        var trigger = definition is null ? null : EventDefinitionReader.Trigger(e, definition, reader);
        return definition is not null && trigger is null ? null : new StartEventNode { Id = Id(e), ElementType = Type(e), Trigger = trigger };
    }

    private static EndEventNode EndEvent(XElement e, ProcessReader reader) => new()
    {
        Id = Id(e),
        ElementType = Type(e),
        Terminate = EventDefinitionReader.Single(e, reader, "terminateEventDefinition") is not null,
    };

    private static UserTaskNode UserTask(XElement e, ProcessReader reader) => new()
    {
        Id = Id(e),
        ElementType = Type(e),
        Queue = reader.Extension(e, "queue"),
        Assignee = reader.Extension(e, "assignee"),
        FormKey = reader.Extension(e, "form"),
        Due = reader.Extension(e, "due"),
        Checklist = (string?)e.Attribute(BpmnNames.Cm + "checklist"),
    };
}
