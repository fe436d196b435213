namespace CaseManagement.Workflows.Model;

/// <summary>Work for a person. Each property is a literal or, when it starts with '=', a FEEL expression.</summary>
public sealed record UserTaskNode : FlowNode
{
    public string? Queue { get; init; }
    public string? Assignee { get; init; }
    public string? FormKey { get; init; }

    /// <summary>An ISO 8601 duration from activation (PT48H) or a date, or an expression yielding one.</summary>
    public string? Due { get; init; }

    /// <summary>cm:checklist as written (the host shows it when the task is closed); the engine does not interpret it.</summary>
    public string? Checklist { get; init; }
}
