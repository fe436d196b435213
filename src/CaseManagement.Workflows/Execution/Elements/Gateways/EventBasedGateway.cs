using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements.Gateways;

/// <summary>Subscribes to every catch event after it; the first to happen wins and the others are withdrawn.</summary>
internal sealed class EventBasedGateway : IElementBehavior
{
    public ActivationResult Activate(ElementContext context)
    {
        foreach (var flow in context.Node.Outgoing)
        {
            var target = (IntermediateCatchEventNode)context.Step.Node(flow.TargetId);
            context.Runner.Subscriptions.Subscribe(target, target.Trigger, context.Token);
        }
        return ActivationResult.Wait;
    }

    public IReadOnlyList<SequenceFlow> Complete(ElementContext context) =>
        [.. context.Node.Outgoing.Where(f => f.TargetId == context.TriggeredElementId)];

    public void Terminate(ElementContext context)
    {
    }
}
