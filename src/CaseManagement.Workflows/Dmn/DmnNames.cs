using System.Xml.Linq;
using CaseManagement.Workflows.Bpmn;

namespace CaseManagement.Workflows.Dmn;

/// <summary>The DMN model namespaces we read (1.1 to 1.5: the TCK and dmn-js write different ones) and error helpers.</summary>
internal static class DmnNames
{
    public static readonly IReadOnlySet<XNamespace> Model = new HashSet<XNamespace>
    {
        "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
        "http://www.omg.org/spec/DMN/20180521/MODEL/",
        "https://www.omg.org/spec/DMN/20191111/MODEL/",
        "https://www.omg.org/spec/DMN/20211108/MODEL/",
        "https://www.omg.org/spec/DMN/20230324/MODEL/",
    };

    public static DmnImportError Error(XElement element, string message) =>
        new(BpmnNames.IdOf(element), element.Name.LocalName, BpmnNames.LineOf(element), message);

    /// <summary>The id an href points at: "#decision_1" (or "other.dmn#decision_1") gives "decision_1".</summary>
    public static string? Target(XElement? reference) =>
        ((string?)reference?.Attribute("href")) is { } href ? href[(href.LastIndexOf('#') + 1)..] : null;
}
