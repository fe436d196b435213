using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements.Gateways;

/// <summary>OR: splits into every flow whose condition holds (else the default); as a join, waits while another
/// token of the scope can still arrive (see <see cref="InclusiveJoins"/>).</summary>
internal sealed class InclusiveGateway : IElementBehavior
{
    public ActivationResult Activate(ElementContext context)
    {
        if (!InclusiveJoins.IsJoin(context.Node)) return ActivationResult.Complete;
        if (InclusiveJoins.MoreCanArrive(context.Step, context.Runner, context.Token)) return ActivationResult.Wait;
        InclusiveJoins.JoinOthers(context.Step, context.Runner, context.Token);
        return ActivationResult.Complete;
    }

    public IReadOnlyList<SequenceFlow> Complete(ElementContext context)
    {
        var gateway = (InclusiveGatewayNode)context.Node;
        var taken = gateway.Outgoing
            .Where(f => f.Id != gateway.DefaultFlowId && (f.Condition is null || Expressions.IsTrue(context.Step, gateway, f)))
            .ToList();
        if (taken.Count > 0) return taken;
        var fallback = gateway.Outgoing.FirstOrDefault(f => f.Id == gateway.DefaultFlowId);
        return fallback is not null
            ? [fallback]
            : throw new WorkflowExecutionException(gateway.Id, $"No condition of inclusive gateway '{gateway.Id}' is true and it has no default flow");
    }

    public void Terminate(ElementContext context)
    {
    }
}
