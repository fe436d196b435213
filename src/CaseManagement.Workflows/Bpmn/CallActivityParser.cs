using System.Globalization;
using System.Xml.Linq;
using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Bpmn;

/// <summary>Reads a call activity: <c>calledElement="moving-in" cm:version="3"
/// cm:in="applicant := resident; fee := 0" cm:out="certificateNo := issuedNo"</c>.</summary>
internal static class CallActivityParser
{
    public static CallActivityNode? CallActivity(XElement e, ProcessReader reader)
    {
        var calledElement = ((string?)e.Attribute("calledElement"))?.Trim();
        if (string.IsNullOrEmpty(calledElement))
        {
            reader.Errors.Add(BpmnNames.Error(e, "a call activity needs calledElement (the id of the process to start)"));
            return null;
        }
        var versionText = ((string?)e.Attribute(BpmnNames.Cm + "version"))?.Trim();
        int? version = null;
        if (versionText is not null)
        {
            if (!int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var pinned) || pinned < 1)
            {
                reader.Errors.Add(BpmnNames.Error(e, $"cm:version must be a published version number (1, 2, …), not '{versionText}'"));
                return null;
            }
            version = pinned;
        }
        var inputs = Mapping(e, reader, "in");
        var outputs = Mapping(e, reader, "out");
        if (inputs is { Valid: false } || outputs is { Valid: false }) return null;
        return new CallActivityNode
        {
            Id = FlowNodeParsers.Id(e),
            ElementType = FlowNodeParsers.Type(e),
            CalledProcessId = calledElement,
            Version = version,
            Inputs = inputs?.Script,
            Outputs = outputs?.Script,
        };
    }

    // cm:in / cm:out are FEEL assignments, as in a script task: target := expression over the source's variables.
    private static (FeelScript? Script, bool Valid)? Mapping(XElement e, ProcessReader reader, string name)
    {
        var text = (string?)e.Attribute(BpmnNames.Cm + name);
        if (text is null) return null;
        try
        {
            return (FeelScript.Parse(text), true);
        }
        catch (FeelException ex)
        {
            reader.Errors.Add(BpmnNames.Error(e, $"cm:{name} must be assignments 'variable := expression; …': {ex.Message}", BpmnIssueCodes.FeelSyntax, text));
            return (null, false);
        }
    }
}
