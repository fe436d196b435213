using CaseManagement.Workflows.Feel;

namespace CaseManagement.Workflows.Dmn;

/// <summary>One evaluation: each required decision is evaluated once and its value added to the scope under its name.</summary>
internal sealed class DecisionRun(DmnDefinitions definitions, Dictionary<string, object?> scope)
{
    private readonly HashSet<string> _evaluated = [];

    public object? Value(DmnDecision decision)
    {
        foreach (var requiredId in decision.RequiredDecisionIds)
        {
            // The reader refused missing and circular requirements, so this recursion ends.
            var required = definitions.FindDecision(requiredId)!;
            if (_evaluated.Add(required.Id)) scope[required.Name] = Value(required);
        }
        foreach (var knowledgeId in decision.RequiredKnowledgeIds) Bind(knowledgeId, scope);
        return decision.Logic switch
        {
            LiteralExpression literal => Feel(decision, "the literal expression", () => FeelEvaluator.Evaluate(literal.Text, scope)),
            DecisionTable table => new DecisionTableRun(decision, table, scope).Value(),
            _ => throw new DmnEvaluationException(decision.Id, $"Expected a decision table or a literal expression in decision '{decision.Id}' but got {decision.Logic.GetType().Name}"),
        };
    }

    // A business knowledge model becomes a function in scope; its body sees its parameters and the models it requires.
    private void Bind(string knowledgeId, Dictionary<string, object?> into)
    {
        var model = definitions.BusinessKnowledgeModels.First(k => k.Id == knowledgeId);
        into[model.Name] = new FeelFunction(arguments =>
        {
            if (arguments.Length != model.Parameters.Count)
            {
                throw new FeelException($"{model.Name} expects {model.Parameters.Count} argument(s) but got {arguments.Length}");
            }
            var local = model.Parameters.Zip(arguments).ToDictionary(p => p.First, p => p.Second);
            foreach (var required in model.RequiredKnowledgeIds) Bind(required, local);
            return FeelEvaluator.Evaluate(model.Body, local);
        });
    }

    /// <summary>Runs FEEL, naming the decision and the cell when it fails.</summary>
    public static T Feel<T>(DmnDecision decision, string what, Func<T> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (FeelException e)
        {
            throw new DmnEvaluationException(decision.Id, $"decision '{decision.Id}': {what} failed: {e.Message}");
        }
    }
}
