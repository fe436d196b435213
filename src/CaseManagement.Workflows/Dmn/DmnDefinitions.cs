namespace CaseManagement.Workflows.Dmn;

/// <summary>A DMN document: its decisions, input data and business knowledge models, as read by <see cref="DmnReader"/>. Immutable.</summary>
public sealed record DmnDefinitions(string? Id, string? Name, IReadOnlyList<DmnDecision> Decisions, IReadOnlyList<DmnInputData> InputData)
{
    public IReadOnlyList<DmnBusinessKnowledgeModel> BusinessKnowledgeModels { get; init; } = [];

    /// <summary>The decision with this id, or null.</summary>
    public DmnDecision? FindDecision(string id) => Decisions.FirstOrDefault(d => d.Id == id);
}
