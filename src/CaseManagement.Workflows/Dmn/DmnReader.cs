using System.Xml.Linq;
using CaseManagement.Workflows.Bpmn;

namespace CaseManagement.Workflows.Dmn;

/// <summary>Reads DMN XML (1.1 to 1.5, as dmn-js and the TCK write it) safely (no DTD, no external entities)
/// into <see cref="DmnDefinitions"/>.</summary>
public static class DmnReader
{
    /// <exception cref="DmnImportException">malformed XML, a DTD, an unsupported construct, a bad FEEL expression,
    /// a requirement that is missing or circular…</exception>
    public static DmnDefinitions Read(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var xmlErrors = new List<BpmnImportError>();
        var root = SafeXml.Load(xml, xmlErrors)?.Root;
        var errors = xmlErrors.Select(e => new DmnImportError(e.ElementId, e.ElementType, e.Line, e.Message)).ToList();
        if (root is not null && (root.Name.LocalName != "definitions" || !DmnNames.Model.Contains(root.Name.Namespace)))
        {
            errors.Add(new DmnImportError(null, root.Name.LocalName, BpmnNames.LineOf(root), "expected a DMN definitions element as the root"));
        }
        if (errors.Count > 0 || root is null) throw new DmnImportException(errors);

        var ns = root.Name.Namespace;
        var inputData = root.Elements(ns + "inputData").Select(e => ReadInputData(e, errors)).OfType<DmnInputData>().ToList();
        var decisionElements = root.Elements(ns + "decision").ToList();
        var knowledgeElements = root.Elements(ns + "businessKnowledgeModel").ToList();
        // Names with spaces ("Monthly Salary") must be known to the FEEL lexer to be read as one name.
        var names = inputData.Select(i => i.Name)
            .Concat(decisionElements.Concat(knowledgeElements).Select(d => (string?)d.Attribute("name")).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        var reader = new DecisionReader(ns, errors, names);
        var decisions = decisionElements.Select(reader.Read).OfType<DmnDecision>().ToList();
        var knowledge = knowledgeElements.Select(reader.ReadKnowledgeModel).OfType<DmnBusinessKnowledgeModel>().ToList();
        DecisionGraph.Validate(decisions, inputData, decisionElements, errors);
        DecisionGraph.ValidateKnowledge(decisions, knowledge, errors);
        if (errors.Count > 0) throw new DmnImportException(errors);
        return new DmnDefinitions((string?)root.Attribute("id"), (string?)root.Attribute("name"), decisions, inputData) { BusinessKnowledgeModels = knowledge };
    }

    private static DmnInputData? ReadInputData(XElement e, List<DmnImportError> errors)
    {
        var (id, name) = ((string?)e.Attribute("id"), (string?)e.Attribute("name"));
        if (id is not null && name is not null) return new DmnInputData(id, name, (string?)e.Elements().FirstOrDefault(v => v.Name.LocalName == "variable")?.Attribute("typeRef"));
        errors.Add(DmnNames.Error(e, "input data needs an id and a name"));
        return null;
    }
}
