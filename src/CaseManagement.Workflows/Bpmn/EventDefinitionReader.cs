using System.Xml.Linq;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Bpmn;

/// <summary>Reads the one event definition of an event (timer, message, terminate); refuses the others.</summary>
internal static class EventDefinitionReader
{
    /// <summary>The local names of the event definitions, whatever the event supports.</summary>
    private static readonly HashSet<string> All =
    [
        "timerEventDefinition", "messageEventDefinition", "terminateEventDefinition", "signalEventDefinition",
        "errorEventDefinition", "escalationEventDefinition", "compensateEventDefinition", "conditionalEventDefinition",
        "linkEventDefinition", "cancelEventDefinition",
    ];

    /// <summary>The definition's local name (null for a none event), after refusing any not in <paramref name="allowed"/>.</summary>
    public static XElement? Single(XElement element, ProcessReader reader, params string[] allowed)
    {
        var definitions = element.Elements().Where(e => e.Name.Namespace == BpmnNames.Bpmn && All.Contains(e.Name.LocalName)).ToList();
        if (definitions.Count > 1)
        {
            reader.Errors.Add(BpmnNames.Error(element, "an event with several event definitions is not supported"));
            return null;
        }
        if (definitions is [var definition] && !allowed.Contains(definition.Name.LocalName))
        {
            reader.Errors.Add(BpmnNames.Error(element, $"{element.Name.LocalName} with {definition.Name.LocalName} is not supported"));
            return null;
        }
        return definitions.FirstOrDefault();
    }

    /// <summary>The timer or message of an event definition element, or null after adding an error.</summary>
    public static EventTrigger? Trigger(XElement element, XElement definition, ProcessReader reader) =>
        definition.Name.LocalName == "timerEventDefinition" ? Timer(element, definition, reader) : Message(element, definition, reader);

    private static TimerTrigger? Timer(XElement element, XElement definition, ProcessReader reader)
    {
        var parts = new[] { ("timeDuration", TimerKind.Duration), ("timeDate", TimerKind.Date), ("timeCycle", TimerKind.Cycle) }
            .Select(p => (Value: definition.Element(BpmnNames.Bpmn + p.Item1)?.Value.Trim(), Kind: p.Item2))
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .ToList();
        if (parts.Count != 1)
        {
            reader.Errors.Add(BpmnNames.Error(element, "a timer needs exactly one of timeDuration, timeDate or timeCycle"));
            return null;
        }
        var (value, kind) = parts[0];
        if (value!.StartsWith('='))
        {
            reader.CheckExpression(element, value, "the timer");
        }
        else if (!TimerSchedule.IsValidLiteral(kind, value))
        {
            reader.Errors.Add(BpmnNames.Error(element, $"'{value}' is not a valid ISO 8601 {kind.ToString().ToLowerInvariant()}"));
            return null;
        }
        return new TimerTrigger(kind, value);
    }

    private static MessageTrigger? Message(XElement element, XElement definition, ProcessReader reader)
    {
        var reference = (string?)definition.Attribute("messageRef");
        if (reference is not null && reader.MessageNames.TryGetValue(reference, out var name)) return new MessageTrigger(name);
        reader.Errors.Add(BpmnNames.Error(element, reference is null
            ? "the message event has no messageRef"
            : $"messageRef '{reference}' names no bpmn:message with a name"));
        return null;
    }
}
