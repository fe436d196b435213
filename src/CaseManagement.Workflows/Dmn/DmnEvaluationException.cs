namespace CaseManagement.Workflows.Dmn;

/// <summary>A decision could not be evaluated: unknown decision, a hit-policy violation, a failing expression.</summary>
public sealed class DmnEvaluationException(string decisionId, string message) : Exception(message)
{
    /// <summary>The decision being evaluated when it failed (the innermost one, for required decisions).</summary>
    public string DecisionId { get; } = decisionId;
}
