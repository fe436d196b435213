using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements.Tasks;

/// <summary>Evaluates the inputs of a built-in activity and hands it to the host as an <see cref="InvokeServiceTask"/>;
/// completes at once (the host's work is at-least-once through the outbox, not awaited). set-variables is done here.</summary>
internal sealed class ServiceTask : IElementBehavior
{
    public ActivationResult Activate(ElementContext context)
    {
        var (step, node) = (context.Step, (ServiceTaskNode)context.Node);
        var inputs = node.Inputs.ToDictionary(
            i => i.Key,
            i => FeelValues.ToVariable(Expressions.LiteralOrExpression(step, node, i.Value, $"cm:{i.Key}")));
        if (node.ServiceType == ServiceTypes.SetVariables)
        {
            step.SetVariables(inputs, node);
            return ActivationResult.Complete;
        }
        var invocationId = step.NewId();
        step.Commands.Add(new InvokeServiceTask(invocationId, node.Id, node.ServiceType, inputs));
        step.Record(HistoryKinds.ServiceInvoked, node, [new("invocationId", invocationId.ToString()), new("type", node.ServiceType)]);
        return ActivationResult.Complete;
    }

    public IReadOnlyList<SequenceFlow> Complete(ElementContext context) => context.Node.Outgoing;

    public void Terminate(ElementContext context)
    {
    }
}
