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
            reader.Errors.Add(BpmnNames.Error(element, "an event with several event definitions is not supported", BpmnIssueCodes.Unsupported, "multiple event definitions"));
            return null;
        }
        if (definitions is [var definition] && !allowed.Contains(definition.Name.LocalName))
        {
            reader.Errors.Add(BpmnNames.Error(element, $"{element.Name.LocalName} with {definition.Name.LocalName} is not supported",
                BpmnIssueCodes.Unsupported, definition.Name.LocalName));
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
            .Append((Value: BusinessDuration(element, definition), Kind: TimerKind.BusinessDuration))
            .Where(p => p.Value is not null && (p.Value.Length > 0 || p.Kind == TimerKind.BusinessDuration))
            .ToList();
        if (parts.Count != 1)
        {
            reader.Errors.Add(BpmnNames.Error(element, "a timer needs exactly one of timeDuration, timeDate, timeCycle or cm:businessDuration",
                parts.Count == 0 ? BpmnIssueCodes.TimerWithoutDuration : BpmnIssueCodes.Invalid));
            return null;
        }
        var (value, kind) = parts[0];
        if (kind == TimerKind.BusinessDuration && element.Name.LocalName is not ("intermediateCatchEvent" or "boundaryEvent"))
        {
            reader.Errors.Add(BpmnNames.Error(element, "cm:businessDuration is only for intermediate catch and boundary timer events"));
            return null;
        }
        if (value!.StartsWith('='))
        {
            reader.CheckExpression(element, value, "the timer");
        }
        else if (!TimerSchedule.IsValidLiteral(kind, value))
        {
            reader.Errors.Add(BpmnNames.Error(element, kind == TimerKind.BusinessDuration
                ? $"cm:businessDuration '{value}' is not a business duration such as P2D, PT8H or P1DT4H"
                : $"'{value}' is not a valid ISO 8601 {kind.ToString().ToLowerInvariant()}"));
            return null;
        }
        return new TimerTrigger(kind, value);
    }

    /// <summary>cm:businessDuration, on the event (as bpmn-js properties panels put it) or on its timerEventDefinition.</summary>
    private static string? BusinessDuration(XElement element, XElement definition) =>
        ((string?)element.Attribute(BpmnNames.Cm + "businessDuration") ?? (string?)definition.Attribute(BpmnNames.Cm + "businessDuration"))?.Trim();

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
