using System.Xml.Linq;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Bpmn;

/// <summary>Graph-level checks that no single element can make on its own: dangling references, missing starts,
/// gateways that cannot route.</summary>
internal static class ProcessValidator
{
    /// <param name="refused">Elements already refused with their own error: references to them are not reported again.</param>
    public static void Validate(XElement process, ProcessDefinition definition, List<FlowNode> nodes, List<SequenceFlow> flows, IReadOnlySet<string> refused, List<BpmnImportError> errors)
    {
        foreach (var duplicate in nodes.Select(n => (n.Id, n.ElementType, n.Line)).Concat(flows.Select(f => (f.Id, ElementType: "sequenceFlow", f.Line)))
                     .GroupBy(x => x.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            errors.Add(new BpmnImportError(duplicate.Id, duplicate.ElementType, duplicate.Line, "the id is used more than once"));
        }
        foreach (var flow in flows) CheckFlow(definition, flow, refused, errors);
        CheckScope(definition, null, BpmnNames.IdOf(process), "process", BpmnNames.LineOf(process), errors);
        foreach (var node in nodes) CheckNode(definition, node, refused, errors);
    }

    private static void CheckFlow(ProcessDefinition definition, SequenceFlow flow, IReadOnlySet<string> refused, List<BpmnImportError> errors)
    {
        var source = definition.FindNode(flow.SourceId);
        var target = definition.FindNode(flow.TargetId);
        if (source is null && !refused.Contains(flow.SourceId)) errors.Add(FlowError(flow, $"sourceRef '{flow.SourceId}' names no flow node"));
        if (target is null && !refused.Contains(flow.TargetId)) errors.Add(FlowError(flow, $"targetRef '{flow.TargetId}' names no flow node"));
        if (source is not null && target is not null && source.ScopeId != target.ScopeId)
        {
            errors.Add(FlowError(flow, "a sequence flow cannot cross a subprocess boundary"));
        }
        if (flow.Condition is not null && source is not (null or ExclusiveGatewayNode or InclusiveGatewayNode))
        {
            errors.Add(FlowError(flow, $"conditions are only evaluated on flows leaving an exclusive or inclusive gateway, not a {source.ElementType}"));
        }
    }

    private static BpmnImportError FlowError(SequenceFlow flow, string message) => new(flow.Id, "sequenceFlow", flow.Line, message);

    private static void CheckScope(ProcessDefinition definition, string? scopeId, string? id, string type, int line, List<BpmnImportError> errors)
    {
        var starts = definition.StartEventsOf(scopeId);
        if (starts.Count == 0) errors.Add(new BpmnImportError(id, type, line, "there is no start event"));
        if (scopeId is not null && starts.Any(s => s.Trigger is not null))
        {
            errors.Add(new BpmnImportError(id, type, line, "a subprocess starts with a none start event only"));
        }
    }

    private static void CheckAttachment(ProcessDefinition definition, BoundaryEventNode boundary, IReadOnlySet<string> refused, List<BpmnImportError> errors)
    {
        var host = definition.FindNode(boundary.AttachedToId);
        if (host is null && refused.Contains(boundary.AttachedToId)) return;
        // Only activities that wait can be interrupted: service and script tasks complete within the step.
        if (host is not (UserTaskNode or SubProcessNode or CallActivityNode))
        {
            errors.Add(new BpmnImportError(boundary.Id, boundary.ElementType, boundary.Line, host is null
                ? $"attachedToRef '{boundary.AttachedToId}' names no flow node"
                : $"boundary events are supported on user tasks, subprocesses and call activities, not on {host.ElementType} '{host.Id}'"));
        }
        if (boundary.Incoming.Count > 0) errors.Add(new BpmnImportError(boundary.Id, boundary.ElementType, boundary.Line, "a boundary event cannot have incoming flows"));
    }

    private static void CheckEventTargets(ProcessDefinition definition, FlowNode gateway, List<BpmnImportError> errors)
    {
        foreach (var flow in gateway.Outgoing)
        {
            if (definition.FindNode(flow.TargetId) is { } target and not IntermediateCatchEventNode)
            {
                errors.Add(FlowError(flow, $"an event-based gateway must lead to timer or message catch events, not to {target.ElementType} '{target.Id}'"));
            }
            else if (definition.FindNode(flow.TargetId) is { Incoming.Count: > 1 } shared)
            {
                errors.Add(FlowError(flow, $"catch event '{shared.Id}' after an event-based gateway must have no other incoming flow"));
            }
        }
    }

    private static void CheckNode(ProcessDefinition definition, FlowNode node, IReadOnlySet<string> refused, List<BpmnImportError> errors)
    {
        BpmnImportError Error(string message) => new(node.Id, node.ElementType, node.Line, message);
        if (node is StartEventNode && node.Incoming.Count > 0) errors.Add(Error("a start event cannot have incoming flows"));
        if (node is EndEventNode && node.Outgoing.Count > 0) errors.Add(Error("an end event cannot have outgoing flows"));
        if (node.ElementType.EndsWith("Gateway", StringComparison.Ordinal) && node.Outgoing.Count == 0)
        {
            errors.Add(Error("a gateway needs at least one outgoing flow"));
        }
        if (node is BoundaryEventNode boundary) CheckAttachment(definition, boundary, refused, errors);
        if (node is EventBasedGatewayNode) CheckEventTargets(definition, node, errors);
        if (node is SubProcessNode) CheckScope(definition, node.Id, node.Id, node.ElementType, node.Line, errors);
        var defaultFlow = node switch
        {
            ExclusiveGatewayNode x => x.DefaultFlowId,
            InclusiveGatewayNode i => i.DefaultFlowId,
            _ => null,
        };
        if (defaultFlow is not null && node.Outgoing.All(f => f.Id != defaultFlow))
        {
            errors.Add(Error($"the default flow '{defaultFlow}' is not one of its outgoing flows"));
        }
        if (node is ExclusiveGatewayNode or InclusiveGatewayNode && node.Outgoing.Count > 1)
        {
            foreach (var flow in node.Outgoing.Where(f => f.Condition is null && f.Id != defaultFlow))
            {
                errors.Add(FlowError(flow, $"a flow leaving gateway '{node.Id}' needs a condition unless it is the default flow")
                    with { Code = BpmnIssueCodes.GatewayWithoutCondition, Detail = node.Name ?? node.Id });
            }
        }
    }
}
