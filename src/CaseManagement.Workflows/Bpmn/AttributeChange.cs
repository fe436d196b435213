namespace CaseManagement.Workflows.Bpmn;

/// <summary>One property of an element before and after (null: absent), e.g. cm:queue, name, condition, timeDuration.</summary>
public sealed record AttributeChange(string Name, string? Before, string? After);
