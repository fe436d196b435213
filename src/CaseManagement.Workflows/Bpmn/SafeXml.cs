using System.Xml;
using System.Xml.Linq;

namespace CaseManagement.Workflows.Bpmn;

/// <summary>Loads XML with DTDs prohibited and no resolver: no external entity (XXE) and no entity expansion
/// ("billion laughs") can ever be processed, whatever the document says.</summary>
internal static class SafeXml
{
    private const int MaxCharacters = 10_000_000;

    public static XDocument? Load(string xml, List<BpmnImportError> errors)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            // XmlException's own text is localized and says little to an admin; name the DTD case plainly.
            var message = xml.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
                ? "a DTD (<!DOCTYPE>) is not allowed: entities and external references are refused"
                : $"malformed XML: {e.Message}";
            errors.Add(new BpmnImportError(null, "xml", e.LineNumber, message));
            return null;
        }
    }
}
