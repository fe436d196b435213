namespace CaseManagement.Workflows.Dmn;

/// <summary>The host's DMN documents, for business rule tasks: the engine stays pure and the host, which stores the
/// documents, resolves a task's cm:decisionRef (or, when the task names none, the document holding the decision).</summary>
public interface IDecisionProvider
{
    /// <summary>The document stored under <paramref name="decisionRef"/>, or when it is null the one that holds
    /// <paramref name="decisionId"/>; null when the host has none.</summary>
    DmnDefinitions? Find(string? decisionRef, string decisionId);
}
