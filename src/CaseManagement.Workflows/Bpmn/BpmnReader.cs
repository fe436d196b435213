using System.Xml.Linq;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Bpmn;

/// <summary>Reads BPMN 2.0 XML safely (no DTD, no external entities) into process definitions.</summary>
public static class BpmnReader
{
    /// <summary>Every executable process of the document.</summary>
    /// <exception cref="BpmnImportException">malformed XML, a DTD, an unsupported element, a dangling flow…</exception>
    public static IReadOnlyList<ProcessDefinition> Read(string xml)
    {
        var (definitions, errors) = ReadAll(xml);
        if (errors.Count > 0) throw new BpmnImportException(errors);
        return definitions;
    }

    /// <summary>Whatever could be read, refused elements left out, and every error found: for checks that go on
    /// past the first refusal (<see cref="WorkflowChecker"/>).</summary>
    internal static (IReadOnlyList<ProcessDefinition> Definitions, List<BpmnImportError> Errors) ReadAll(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var errors = new List<BpmnImportError>();
        var document = SafeXml.Load(xml, errors);
        var root = document?.Root;
        if (root is not null && root.Name != BpmnNames.Bpmn + "definitions")
        {
            errors.Add(BpmnNames.Error(root, $"expected bpmn:definitions ({BpmnNames.Bpmn.NamespaceName}) as the root element but got {root.Name.LocalName} ({root.Name.NamespaceName})"));
        }
        if (errors.Count > 0 || root is null) return ([], errors);

        // Non-executable processes are documentation (e.g. a resident's side of a collaboration): not validated.
        var processes = root.Elements(BpmnNames.Bpmn + "process").Where(p => ((string?)p.Attribute("isExecutable"))?.Trim() == "true").ToList();
        if (processes.Count == 0)
        {
            errors.Add(BpmnNames.Error(root, "there is no process with isExecutable=\"true\""));
        }
        var messages = root.Elements(BpmnNames.Bpmn + "message")
            .Where(m => BpmnNames.IdOf(m) is not null && (string?)m.Attribute("name") is { Length: > 0 })
            .GroupBy(m => BpmnNames.IdOf(m)!)
            .ToDictionary(g => g.Key, g => (string)g.First().Attribute("name")!);
        var definitions = processes.Select(p => new ProcessReader(errors, messages).Read(p)).ToList();
        return (definitions, errors);
    }
}
