using System.Xml.Linq;

namespace CaseManagement.Workflows.Bpmn;

/// <summary>What changed in the processes between two BPMN documents, element by element. Only the semantics are
/// compared: moving a shape on the diagram (bpmndi) is not a change.</summary>
public static class BpmnDiff
{
    // Children read as properties of their element, not as elements of their own.
    private static readonly HashSet<string> PropertyChildren = ["conditionExpression", "script", "documentation"];
    private static readonly HashSet<string> TimerParts = ["timeDuration", "timeDate", "timeCycle"];

    /// <exception cref="BpmnImportException">either document is not well-formed (or has a DTD).</exception>
    public static IReadOnlyList<ElementChange> Compare(string beforeXml, string afterXml)
    {
        var before = Elements(beforeXml);
        var after = Elements(afterXml);
        var changes = new List<ElementChange>();
        foreach (var (id, element) in after)
        {
            if (!before.TryGetValue(id, out var old))
            {
                changes.Add(new ElementChange(id, element.Type, element.Name, ElementChangeKind.Added, Changed(new(), element.Properties)));
            }
            else if (element.Type != old.Type)
            {
                changes.Add(new ElementChange(id, element.Type, element.Name, ElementChangeKind.Changed,
                    [new AttributeChange("type", old.Type, element.Type), .. Changed(old.Properties, element.Properties)]));
            }
            else if (Changed(old.Properties, element.Properties) is { Count: > 0 } attributes)
            {
                changes.Add(new ElementChange(id, element.Type, element.Name, ElementChangeKind.Changed, attributes));
            }
        }
        foreach (var (id, element) in before.Where(b => !after.ContainsKey(b.Key)))
        {
            changes.Add(new ElementChange(id, element.Type, element.Name, ElementChangeKind.Removed, Changed(element.Properties, new())));
        }
        return changes;
    }

    private static List<AttributeChange> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(k => new AttributeChange(k, before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
            .Where(c => c.Before != c.After)];

    private sealed record Element(string Type, string? Name, Dictionary<string, string> Properties);

    private static Dictionary<string, Element> Elements(string xml)
    {
        var errors = new List<BpmnImportError>();
        var root = SafeXml.Load(xml, errors)?.Root;
        if (root is null) throw new BpmnImportException(errors);
        var elements = new Dictionary<string, Element>(StringComparer.Ordinal);
        foreach (var process in root.Elements(BpmnNames.Bpmn + "process"))
        {
            Collect(process, elements);
        }
        return elements;
    }

    private static void Collect(XElement container, Dictionary<string, Element> elements)
    {
        foreach (var child in container.Elements().Where(e => e.Name.Namespace == BpmnNames.Bpmn && !PropertyChildren.Contains(e.Name.LocalName)))
        {
            if (BpmnNames.IdOf(child) is not { Length: > 0 } id) continue;
            elements.TryAdd(id, new Element(child.Name.LocalName, (string?)child.Attribute("name"), Properties(child)));
            if (child.Name.LocalName == "subProcess") Collect(child, elements);
        }
    }

    private static Dictionary<string, string> Properties(XElement element)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        AddAttributes(element, properties, except: "id");
        foreach (var child in element.Elements())
        {
            var name = child.Name.LocalName;
            if (child.Name.Namespace != BpmnNames.Bpmn) continue;
            if (PropertyChildren.Contains(name))
            {
                properties[name == "conditionExpression" ? "condition" : name] = child.Value.Trim();
            }
            else if (name.EndsWith("EventDefinition", StringComparison.Ordinal))
            {
                properties["eventDefinition"] = name;
                AddAttributes(child, properties, except: "id");
                foreach (var part in child.Elements().Where(p => TimerParts.Contains(p.Name.LocalName)))
                {
                    properties[part.Name.LocalName] = part.Value.Trim();
                }
            }
            else if (name.EndsWith("LoopCharacteristics", StringComparison.Ordinal))
            {
                properties["loop"] = name;
            }
        }
        return properties;
    }

    private static void AddAttributes(XElement element, Dictionary<string, string> properties, string except)
    {
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.LocalName != except))
        {
            var ns = attribute.Name.Namespace;
            var key = ns == XNamespace.None ? attribute.Name.LocalName
                : ns == BpmnNames.Cm ? "cm:" + attribute.Name.LocalName
                : $"{element.GetPrefixOfNamespace(ns) ?? ns.NamespaceName}:{attribute.Name.LocalName}";
            properties[key] = attribute.Value;
        }
    }
}
