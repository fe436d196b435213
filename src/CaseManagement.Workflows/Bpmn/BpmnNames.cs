using System.Xml;
using System.Xml.Linq;

namespace CaseManagement.Workflows.Bpmn;

/// <summary>The XML namespaces we read and small helpers over line info.</summary>
internal static class BpmnNames
{
    public static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /// <summary>Our extension attributes: cm:queue, cm:assignee, cm:form, cm:due, cm:type, cm:script…</summary>
    public static readonly XNamespace Cm = "urn:casemanagement:bpmn:1";

    public static int LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    public static string? IdOf(XElement element) => (string?)element.Attribute("id");

    public static BpmnImportError Error(XElement element, string message, string code = BpmnIssueCodes.Invalid, string? detail = null) =>
        new(IdOf(element), element.Name.LocalName, LineOf(element), message) { Code = code, Detail = detail };
}
