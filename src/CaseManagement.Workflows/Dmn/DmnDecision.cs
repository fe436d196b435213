namespace CaseManagement.Workflows.Dmn;

/// <summary>A decision: its logic and the decisions it requires, evaluated first and visible by their names.</summary>
public sealed record DmnDecision
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? TypeRef { get; init; }
    public int Line { get; init; }
    public required DecisionLogic Logic { get; init; }

    /// <summary>Ids of the decisions this one requires (informationRequirement/requiredDecision).</summary>
    public IReadOnlyList<string> RequiredDecisionIds { get; init; } = [];

    /// <summary>Ids of the business knowledge models this one invokes (knowledgeRequirement/requiredKnowledge).</summary>
    public IReadOnlyList<string> RequiredKnowledgeIds { get; init; } = [];
}
