using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Bpmn;

/// <summary>The check before publishing: everything the engine's reader refuses, plus what it accepts but an admin
/// surely did not mean (an element no path reaches, a user task nobody would see).</summary>
public static class WorkflowChecker
{
    /// <summary>Every problem of the document, in document order; empty when it may be published.</summary>
    public static IReadOnlyList<BpmnImportError> Check(string xml)
    {
        var (definitions, errors) = BpmnReader.ReadAll(xml);
        foreach (var definition in definitions)
        {
            errors.AddRange(UserTasksWithoutQueue(definition));
            errors.AddRange(Unreachable(definition));
        }
        return [.. errors.OrderBy(e => e.Line)];
    }

    private static IEnumerable<BpmnImportError> UserTasksWithoutQueue(ProcessDefinition definition) =>
        definition.Nodes.Values.OfType<UserTaskNode>()
            .Where(t => string.IsNullOrWhiteSpace(t.Queue))
            .Select(t => Issue(t, "a user task needs cm:queue: without one no desk shows it", BpmnIssueCodes.UserTaskWithoutQueue));

    /// <summary>Walks from the process's start events along flows (by id, so an element refused for another reason
    /// does not make everything behind it look unreachable too), into reached subprocesses and onto the boundary
    /// events of reached activities.</summary>
    private static IEnumerable<BpmnImportError> Unreachable(ProcessDefinition definition)
    {
        var starts = definition.StartEventsOf(null);
        if (starts.Count == 0) yield break; // the reader already said there is no start event
        var outgoing = definition.Flows.Values.ToLookup(f => f.SourceId, f => f.TargetId);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(starts.Select(s => s.Id));
        while (pending.TryDequeue(out var id))
        {
            if (!reached.Add(id)) continue;
            foreach (var target in outgoing[id]) pending.Enqueue(target);
            foreach (var boundary in definition.BoundaryEventsOf(id)) pending.Enqueue(boundary.Id);
            if (definition.FindNode(id) is SubProcessNode)
            {
                foreach (var inner in definition.StartEventsOf(id)) pending.Enqueue(inner.Id);
            }
        }
        foreach (var node in definition.Nodes.Values.OrderBy(n => n.Line))
        {
            // Inside an unreached subprocess only the subprocess itself is worth a message.
            if (reached.Contains(node.Id) || (node.ScopeId is not null && !reached.Contains(node.ScopeId))) continue;
            yield return Issue(node, "no path from a start event reaches this element", BpmnIssueCodes.Unreachable);
        }
    }

    private static BpmnImportError Issue(FlowNode node, string message, string code) =>
        new(node.Id, node.ElementType, node.Line, message) { Code = code };
}
