namespace CaseManagement.Workflows.Model;

/// <summary>An immutable, executable process graph built from one bpmn:process.</summary>
public sealed class ProcessDefinition
{
    private Dictionary<string, IReadOnlyList<BoundaryEventNode>>? _boundaryIndex;

    public required string Id { get; init; }
    public string? Name { get; init; }

    /// <summary>Every flow node of the process, subprocess contents included, by id.</summary>
    public IReadOnlyDictionary<string, FlowNode> Nodes { get; init; } = new Dictionary<string, FlowNode>();

    /// <summary>Every sequence flow, subprocess contents included, by id.</summary>
    public IReadOnlyDictionary<string, SequenceFlow> Flows { get; init; } = new Dictionary<string, SequenceFlow>();

    /// <summary>The node with this id, or null.</summary>
    public FlowNode? FindNode(string id) => Nodes.GetValueOrDefault(id);

    /// <summary>The start events directly inside a scope (null: the process itself), in document order.</summary>
    public IReadOnlyList<StartEventNode> StartEventsOf(string? scopeId) =>
        [.. Nodes.Values.OfType<StartEventNode>().Where(s => s.ScopeId == scopeId).OrderBy(s => s.Line)];

    /// <summary>The boundary events attached to an activity, in document order.</summary>
    public IReadOnlyList<BoundaryEventNode> BoundaryEventsOf(string activityId)
    {
        // Asked on every wait and by every inclusive-join reachability search, so indexed once. The definition is
        // immutable: a race only builds the same index twice.
        _boundaryIndex ??= Nodes.Values.OfType<BoundaryEventNode>()
            .OrderBy(b => b.Line)
            .GroupBy(b => b.AttachedToId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<BoundaryEventNode>)[.. g]);
        return _boundaryIndex.GetValueOrDefault(activityId) ?? [];
    }
}
