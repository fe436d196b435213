using System.Xml.Linq;
using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Bpmn;

/// <summary>Readers for the activities that carry more than attributes: service, script, business rule and subprocess.</summary>
internal static class ActivityParsers
{
    public static ServiceTaskNode? ServiceTask(XElement e, ProcessReader reader)
    {
        var type = (string?)e.Attribute(BpmnNames.Cm + "type");
        if (type is null || !ServiceTypes.All.Contains(type))
        {
            reader.Errors.Add(BpmnNames.Error(e, $"cm:type must be one of {string.Join(", ", ServiceTypes.All.Order(StringComparer.Ordinal))}{(type is null ? "" : $", not '{type}'")}"));
            return null;
        }
        // Every other cm:* attribute is an input: cm:template="reminder" cm:to="=resident.email".
        var inputs = e.Attributes()
            .Where(a => a.Name.Namespace == BpmnNames.Cm && a.Name.LocalName != "type")
            .ToDictionary(a => a.Name.LocalName, a => reader.Extension(e, a.Name.LocalName)!);
        return new ServiceTaskNode { Id = FlowNodeParsers.Id(e), ElementType = FlowNodeParsers.Type(e), ServiceType = type, Inputs = inputs };
    }

    /// <summary>The script is FEEL assignments, one per line or separated by ';', in cm:script or in bpmn:script with
    /// scriptFormat "feel" (or none), for example:
    /// <code>&lt;bpmn:script&gt;fee := if income &lt; 3000000 then 0 else 1200; label := upper case(category)&lt;/bpmn:script&gt;</code></summary>
    public static ScriptTaskNode? ScriptTask(XElement e, ProcessReader reader)
    {
        var format = ((string?)e.Attribute("scriptFormat"))?.Trim();
        if (format is not null && !format.Equals("feel", StringComparison.OrdinalIgnoreCase))
        {
            reader.Errors.Add(BpmnNames.Error(e, $"scriptFormat '{format}' is not supported: scripts are FEEL assignments"));
            return null;
        }
        var text = (string?)e.Attribute(BpmnNames.Cm + "script") ?? e.Element(BpmnNames.Bpmn + "script")?.Value;
        if (string.IsNullOrWhiteSpace(text))
        {
            reader.Errors.Add(BpmnNames.Error(e, "a script task needs cm:script or bpmn:script"));
            return null;
        }
        try
        {
            return new ScriptTaskNode { Id = FlowNodeParsers.Id(e), ElementType = FlowNodeParsers.Type(e), Script = FeelScript.Parse(text) };
        }
        catch (FeelException ex)
        {
            reader.Errors.Add(BpmnNames.Error(e, $"the script is not valid: {ex.Message}", BpmnIssueCodes.FeelSyntax, text));
            return null;
        }
    }

    /// <summary>A DMN decision the host supplies: <c>cm:decision="fee" cm:decisionRef="fees-2026" cm:resultVariable="fee"</c>.</summary>
    public static BusinessRuleTaskNode? BusinessRuleTask(XElement e, ProcessReader reader)
    {
        var decision = ((string?)e.Attribute(BpmnNames.Cm + "decision"))?.Trim();
        var result = ((string?)e.Attribute(BpmnNames.Cm + "resultVariable"))?.Trim();
        if (string.IsNullOrEmpty(decision) || string.IsNullOrEmpty(result))
        {
            reader.Errors.Add(BpmnNames.Error(e, "a business rule task needs cm:decision (the decision id) and cm:resultVariable"));
            return null;
        }
        var decisionRef = ((string?)e.Attribute(BpmnNames.Cm + "decisionRef"))?.Trim();
        return new BusinessRuleTaskNode
        {
            Id = FlowNodeParsers.Id(e),
            ElementType = FlowNodeParsers.Type(e),
            DecisionId = decision,
            DecisionRef = string.IsNullOrEmpty(decisionRef) ? null : decisionRef,
            ResultVariable = result,
        };
    }

    public static SubProcessNode? SubProcess(XElement e, ProcessReader reader)
    {
        if (((string?)e.Attribute("triggeredByEvent"))?.Trim() == "true")
        {
            reader.Errors.Add(BpmnNames.Error(e, "an event subprocess is not supported", BpmnIssueCodes.Unsupported, "event subProcess"));
            return null;
        }
        return new SubProcessNode { Id = FlowNodeParsers.Id(e), ElementType = FlowNodeParsers.Type(e) };
    }
}
