using CaseManagement.Workflows.Dmn;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements.Tasks;

/// <summary>Evaluates the task's DMN decision, supplied by the host's <see cref="IDecisionProvider"/>, and stores the
/// result (a value, a context or a list) in the result variable.</summary>
internal sealed class BusinessRuleTask : IElementBehavior
{
    public ActivationResult Activate(ElementContext context)
    {
        var (step, node) = (context.Step, (BusinessRuleTaskNode)context.Node);
        var where = $"decision '{node.DecisionId}'{(node.DecisionRef is null ? "" : $" in '{node.DecisionRef}'")}";
        var provider = step.Decisions
            ?? throw new WorkflowExecutionException(node.Id, $"businessRuleTask '{node.Id}' needs {where} but the engine has no IDecisionProvider");
        var definitions = provider.Find(node.DecisionRef, node.DecisionId)
            ?? throw new WorkflowExecutionException(node.Id, $"businessRuleTask '{node.Id}' needs {where} but the host has no such DMN document");
        object? result;
        try
        {
            result = DecisionEvaluator.Evaluate(definitions, node.DecisionId, step.Variables, step.Feel);
        }
        catch (DmnEvaluationException e)
        {
            throw new WorkflowExecutionException(node.Id, $"the decision of businessRuleTask '{node.Id}' failed: {e.Message}");
        }
        step.SetVariables(new Dictionary<string, object?> { [node.ResultVariable] = result }, node);
        return ActivationResult.Complete;
    }

    public IReadOnlyList<SequenceFlow> Complete(ElementContext context) => context.Node.Outgoing;

    public void Terminate(ElementContext context)
    {
    }
}
