namespace CaseManagement.Workflows.Model;

/// <summary>A built-in activity (cm:type) the host carries out; inputs are the other cm:* attributes.</summary>
public sealed record ServiceTaskNode : FlowNode
{
    public required string ServiceType { get; init; }

    /// <summary>Input name to literal or '='-prefixed FEEL expression.</summary>
    public IReadOnlyDictionary<string, string> Inputs { get; init; } = new Dictionary<string, string>();
}
