namespace CaseManagement.Workflows.Dmn;

/// <summary>An <see cref="IDecisionProvider"/> over documents already read, keyed by their decisionRef.</summary>
public sealed class DmnDocuments(IReadOnlyDictionary<string, DmnDefinitions> byKey) : IDecisionProvider
{
    public DmnDefinitions? Find(string? decisionRef, string decisionId) => decisionRef is null
        ? byKey.Values.FirstOrDefault(d => d.FindDecision(decisionId) is not null)
        : byKey.GetValueOrDefault(decisionRef);
}
