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
            ["exclusiveGateway"] = (e, _) => new ExclusiveGatewayNode { Id = Id(e), ElementType = Type(e), DefaultFlowId = (string?)e.Attribute("default") },
        };

    private static string Id(XElement e) => BpmnNames.IdOf(e)!;

    private static string Type(XElement e) => e.Name.LocalName;

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
    };
}
