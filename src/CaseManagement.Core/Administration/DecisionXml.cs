using System.Xml;
using System.Xml.Linq;

namespace CaseManagement.Core.Administration;

/// <summary>Reads a DMN document for the editor's check and diff as the engine's reader does: no DTD, no resolver,
/// line numbers kept. The decision tables are found in any DMN namespace (1.1 to 1.5).</summary>
internal static class DecisionXml
{
    public static XDocument? TryLoad(string xml) => TryLoad(xml, out _);

    /// <param name="errorLine">where the reader stopped, when it returns null.</param>
    public static XDocument? TryLoad(string xml, out int errorLine)
    {
        errorLine = 0;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            errorLine = e.LineNumber;
            return null;
        }
    }

    public static IEnumerable<XElement> Tables(XDocument doc) => doc.Descendants().Where(e => e.Name.LocalName == "decisionTable");

    public static IEnumerable<XElement> Children(XElement parent, string localName) => parent.Elements().Where(e => e.Name.LocalName == localName);

    public static string? Text(XElement? e) => e?.Elements().FirstOrDefault(c => c.Name.LocalName == "text")?.Value.Trim();

    public static int Line(XElement e) => ((IXmlLineInfo)e).LineNumber;

    /// <summary>How an admin knows a column: its label, else the input expression or output name, else its id.</summary>
    public static string ColumnLabel(XElement column) =>
        NonEmpty((string?)column.Attribute("label"))
        ?? NonEmpty(Text(Children(column, "inputExpression").FirstOrDefault()))
        ?? NonEmpty((string?)column.Attribute("name"))
        ?? (string?)column.Attribute("id") ?? "?";

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
