using CaseManagement.Workflows.Feel;

namespace CaseManagement.Workflows.Dmn;

/// <summary>One evaluation: each required decision is evaluated once and its value added to the scope under its name.</summary>
internal sealed class DecisionRun(DmnDefinitions definitions, Dictionary<string, object?> scope, FeelEnvironment environment)
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
        return Evaluate(decision, decision.Logic, scope, "the literal expression");
    }

    // A boxed context's entries see the scope and the entries before them; the scope itself is left as it was.
    private object? Evaluate(DmnDecision decision, DecisionLogic logic, IReadOnlyDictionary<string, object?> names, string where) => logic switch
    {
        LiteralExpression literal => Feel(decision, where, literal.Text, () => FeelEvaluator.Evaluate(literal.Text, names, environment)),
        DecisionTable table => new DecisionTableRun(decision, table, names, environment).Value(),
        ContextExpression context => Context(decision, context, names, where),
        ListExpression list => list.Items.Select((item, i) => Evaluate(decision, item, names, $"{where} item {i + 1}")).ToList(),
        _ => throw new DmnEvaluationException(decision.Id, $"Expected a decision table, a literal expression, a context or a list in decision '{decision.Id}' but got {logic.GetType().Name}"),
    };

    private object? Context(DmnDecision decision, ContextExpression context, IReadOnlyDictionary<string, object?> names, string where)
    {
        var local = new Dictionary<string, object?>(names);
        var result = new Dictionary<string, object?>();
        foreach (var entry in context.Entries)
        {
            var value = Evaluate(decision, entry.Value, local, entry.Name is null ? "the context's result entry" : $"context entry '{entry.Name}'");
            if (entry.Name is null) return value;
            result[entry.Name] = value;
            local[entry.Name] = value;
        }
        return result;
    }

    // A business knowledge model becomes a function in scope; its body sees its parameters and the models it requires,
    // and runs inside the calling expression's evaluation, sharing its limits.
    private void Bind(string knowledgeId, Dictionary<string, object?> into)
    {
        var model = definitions.BusinessKnowledgeModels.First(k => k.Id == knowledgeId);
        into[model.Name] = FeelParameters.Named((run, arguments, depth) =>
        {
            if (arguments.Length != model.Parameters.Count)
            {
                throw new FeelException($"{model.Name} expects {model.Parameters.Count} argument(s) but got {arguments.Length}");
            }
            var local = model.Parameters.Zip(arguments).ToDictionary(p => p.First, p => p.Second);
            foreach (var required in model.RequiredKnowledgeIds) Bind(required, local);
            return run.Evaluate(FeelEvaluator.Parse(model.Body, local.Keys), new FeelScope(local), depth + 1);
        }, model.Parameters);
    }

    /// <summary>Runs FEEL, naming the decision, the cell and the expression when it fails.</summary>
    public static T Feel<T>(DmnDecision decision, string what, string expression, Func<T> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (FeelException e)
        {
            throw new DmnEvaluationException(decision.Id, $"decision '{decision.Id}': {what} failed: {e.Message} (expression: {expression.Trim()})");
        }
    }
}
