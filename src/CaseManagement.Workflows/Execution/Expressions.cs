using System.Globalization;
using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution;

/// <summary>Evaluates the FEEL of a node against the instance's variables, turning FEEL errors into
/// <see cref="WorkflowExecutionException"/>s that name the element and the expression.</summary>
internal static class Expressions
{
    public static bool IsTrue(StepContext step, FlowNode node, SequenceFlow flow) =>
        Evaluate(step, node, flow.Condition!, $"the condition of flow '{flow.Id}'") is true;

    public static object? Evaluate(StepContext step, FlowNode node, string expression, string what)
    {
        try
        {
            return FeelEvaluator.Evaluate(expression, step.Variables, step.Feel);
        }
        catch (FeelException e)
        {
            throw new WorkflowExecutionException(node.Id, $"{what} of {node.ElementType} '{node.Id}' failed: {e.Message} (expression: {expression})");
        }
    }

    /// <summary>A cm:* attribute: a literal as written, or the value of the FEEL expression after '='.</summary>
    public static object? LiteralOrExpression(StepContext step, FlowNode node, string? value, string what) =>
        value is not null && value.TrimStart().StartsWith('=')
            ? Evaluate(step, node, value, what)
            : value;

    /// <summary>Like <see cref="LiteralOrExpression"/>, as text (numbers in invariant culture; null stays null).</summary>
    public static string? Text(StepContext step, FlowNode node, string? value, string what) =>
        LiteralOrExpression(step, node, value, what) switch
        {
            null => null,
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => FeelValues.ToVariable(other)?.ToString(),
        };
}
