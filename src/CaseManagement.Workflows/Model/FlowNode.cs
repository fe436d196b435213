namespace CaseManagement.Workflows.Model;

/// <summary>A node of the process graph: an event, a task, a gateway or a subprocess.</summary>
public abstract record FlowNode
{
    public required string Id { get; init; }
    public string? Name { get; init; }

    /// <summary>The BPMN local name, e.g. "userTask": what history and error messages show.</summary>
    public required string ElementType { get; init; }

    /// <summary>Line in the BPMN document, for error messages.</summary>
    public int Line { get; init; }

    /// <summary>The embedded subprocess this node lives in, or null for the process itself.</summary>
    public string? ScopeId { get; init; }

    /// <summary>Incoming sequence flows, in document order.</summary>
    public IReadOnlyList<SequenceFlow> Incoming { get; init; } = [];

    /// <summary>Outgoing sequence flows, in document order.</summary>
    public IReadOnlyList<SequenceFlow> Outgoing { get; init; } = [];
}
