using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements.Tasks;

/// <summary>Runs FEEL assignments (<c>total := price * count</c>) and stores each result as a variable.</summary>
internal sealed class ScriptTask : IElementBehavior
{
    public ActivationResult Activate(ElementContext context)
    {
        var (step, node) = (context.Step, (ScriptTaskNode)context.Node);
        IReadOnlyDictionary<string, object?> assigned;
        try
        {
            assigned = node.Script.Run(step.Variables, step.Feel);
        }
        catch (FeelException e)
        {
            throw new WorkflowExecutionException(node.Id, $"the script of scriptTask '{node.Id}' failed: {e.Message}");
        }
        step.SetVariables(assigned, node);
        return ActivationResult.Complete;
    }

    public IReadOnlyList<SequenceFlow> Complete(ElementContext context) => context.Node.Outgoing;

    public void Terminate(ElementContext context)
    {
    }
}
