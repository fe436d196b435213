using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements.Gateways;

/// <summary>XOR: leaves by the first outgoing flow (document order) whose condition is true, else by the default flow.</summary>
internal sealed class ExclusiveGateway : IElementBehavior
{
    public ActivationResult Activate(ElementContext context) => ActivationResult.Complete;

    public IReadOnlyList<SequenceFlow> Complete(ElementContext context)
    {
        var gateway = (ExclusiveGatewayNode)context.Node;
        foreach (var flow in gateway.Outgoing.Where(f => f.Id != gateway.DefaultFlowId))
        {
            if (flow.Condition is null || Expressions.IsTrue(context.Step, gateway, flow)) return [flow];
        }
        var fallback = gateway.Outgoing.FirstOrDefault(f => f.Id == gateway.DefaultFlowId);
        return fallback is not null
            ? [fallback]
            : throw new WorkflowExecutionException(gateway.Id, $"No condition of exclusive gateway '{gateway.Id}' is true and it has no default flow");
    }

    public void Terminate(ElementContext context)
    {
    }
}
