using System.Xml.Linq;
using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Bpmn;

/// <summary>Reads one bpmn:process (and the subprocesses inside it) into a <see cref="ProcessDefinition"/>,
/// adding every problem found to the shared error list instead of stopping at the first.</summary>
internal sealed class ProcessReader(List<BpmnImportError> errors, IReadOnlyDictionary<string, string> messageNames)
{
    // Diagram-only and documentation-only content: it never changes what the engine does.
    private static readonly HashSet<string> Ignored =
    [
        "documentation", "extensionElements", "incoming", "outgoing", "laneSet", "textAnnotation", "association",
        "group", "dataObject", "dataObjectReference", "dataStoreReference", "property", "ioSpecification",
        "dataInputAssociation", "dataOutputAssociation", "category",
    ];

    // A subprocess's own loop markers: refused on the subprocess itself (RefuseLoops), not read as its content.
    private static readonly HashSet<string> LoopMarkers = ["multiInstanceLoopCharacteristics", "standardLoopCharacteristics"];

    private readonly List<FlowNode> _nodes = [];
    private readonly List<SequenceFlow> _flows = [];

    // Ids of elements already refused: a flow or boundary event pointing at one is not reported again as dangling.
    private readonly HashSet<string> _refused = new(StringComparer.Ordinal);

    public List<BpmnImportError> Errors => errors;

    public IReadOnlyDictionary<string, string> MessageNames => messageNames;

    public ProcessDefinition Read(XElement process)
    {
        ReadScope(process, null);
        var nodes = _nodes.Select(n => n with
        {
            Incoming = [.. _flows.Where(f => f.TargetId == n.Id)],
            Outgoing = [.. _flows.Where(f => f.SourceId == n.Id)],
        }).ToList();
        var definition = new ProcessDefinition
        {
            Id = BpmnNames.IdOf(process) ?? "",
            Name = (string?)process.Attribute("name"),
            Nodes = nodes.GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.First()),
            Flows = _flows.GroupBy(f => f.Id).ToDictionary(g => g.Key, g => g.First()),
        };
        ProcessValidator.Validate(process, definition, nodes, _flows, _refused, errors);
        return definition;
    }

    /// <summary>A cm:* value as given, after checking that an '=' expression at least parses.</summary>
    public string? Extension(XElement element, string name)
    {
        var value = (string?)element.Attribute(BpmnNames.Cm + name);
        if (value is not null && value.TrimStart().StartsWith('=')) CheckExpression(element, value, $"cm:{name}");
        return value;
    }

    public void CheckExpression(XElement element, string expression, string where)
    {
        try
        {
            FeelEvaluator.Validate(expression);
        }
        catch (FeelException e)
        {
            errors.Add(BpmnNames.Error(element, $"{where} is not a valid FEEL expression ({e.Message}): {expression}", BpmnIssueCodes.FeelSyntax, expression));
        }
    }

    private void ReadScope(XElement container, string? scopeId)
    {
        foreach (var child in container.Elements().Where(e => e.Name.Namespace == BpmnNames.Bpmn))
        {
            var type = child.Name.LocalName;
            if (Ignored.Contains(type) || LoopMarkers.Contains(type)) continue;
            var id = BpmnNames.IdOf(child);
            if (string.IsNullOrWhiteSpace(id))
            {
                errors.Add(BpmnNames.Error(child, "the element has no id"));
                continue;
            }
            if (type == "sequenceFlow")
            {
                _flows.Add(ReadFlow(child, id));
                continue;
            }
            if (!FlowNodeParsers.Table.TryGetValue(type, out var parse))
            {
                errors.Add(BpmnNames.Error(child, $"{type} is not supported by this engine", BpmnIssueCodes.Unsupported, type));
                _refused.Add(id);
                continue;
            }
            RefuseLoops(child);
            if (parse(child, this) is not { } node)
            {
                _refused.Add(id);
                continue;
            }
            _nodes.Add(node with { Name = (string?)child.Attribute("name"), Line = BpmnNames.LineOf(child), ScopeId = scopeId });
            if (node is SubProcessNode) ReadScope(child, id);
        }
    }

    private void RefuseLoops(XElement element)
    {
        foreach (var loop in element.Elements().Where(e => e.Name.Namespace == BpmnNames.Bpmn && LoopMarkers.Contains(e.Name.LocalName)))
        {
            errors.Add(BpmnNames.Error(element, $"{loop.Name.LocalName} (loops and multi-instance) is not supported", BpmnIssueCodes.Unsupported, loop.Name.LocalName));
        }
    }

    private SequenceFlow ReadFlow(XElement flow, string id)
    {
        var condition = flow.Element(BpmnNames.Bpmn + "conditionExpression")?.Value.Trim();
        if (string.IsNullOrEmpty(condition)) condition = null;
        if (condition is not null)
        {
            CheckExpression(flow, condition, "the condition");
            condition = condition.StartsWith('=') ? condition[1..].Trim() : condition;
        }
        return new SequenceFlow(
            id,
            (string?)flow.Attribute("name"),
            (string?)flow.Attribute("sourceRef") ?? "",
            (string?)flow.Attribute("targetRef") ?? "",
            condition,
            BpmnNames.LineOf(flow));
    }
}
