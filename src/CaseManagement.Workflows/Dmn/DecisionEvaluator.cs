using CaseManagement.Workflows.Feel;

namespace CaseManagement.Workflows.Dmn;

/// <summary>Evaluates a decision of a <see cref="DmnDefinitions"/> against variables: required decisions first, in
/// dependency order. Pure and thread-safe.</summary>
public static class DecisionEvaluator
{
    /// <summary>The decision's value as a storable variable: a single value, a context (dictionary) for a
    /// multi-output table, a list for COLLECT, RULE ORDER and OUTPUT ORDER; null when no rule matched.</summary>
    /// <param name="variables">Every variable is visible to the expressions, input data by their names; input data
    /// the caller does not supply are null.</param>
    /// <exception cref="DmnEvaluationException">unknown decision, hit-policy violation, failing expression.</exception>
    public static object? Evaluate(DmnDefinitions definitions, string decisionId, IReadOnlyDictionary<string, object?> variables) =>
        Evaluate(definitions, decisionId, variables, FeelEnvironment.Default);

    /// <summary>Like <see cref="Evaluate(DmnDefinitions, string, IReadOnlyDictionary{string, object?})"/>, with the
    /// engine's clock (for now() and today()) and FEEL's limits.</summary>
    public static object? Evaluate(DmnDefinitions definitions, string decisionId, IReadOnlyDictionary<string, object?> variables, FeelEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(decisionId);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(environment);
        var decision = definitions.FindDecision(decisionId)
            ?? throw new DmnEvaluationException(decisionId, $"Expected decision '{decisionId}' in DMN '{definitions.Name ?? definitions.Id}' but it is not there");
        var scope = new Dictionary<string, object?>(variables);
        foreach (var input in definitions.InputData) scope.TryAdd(input.Name, null);
        return FeelValues.ToVariable(new DecisionRun(definitions, scope, environment).Value(decision));
    }
}
