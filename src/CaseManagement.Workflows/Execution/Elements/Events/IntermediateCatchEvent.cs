using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements.Events;

/// <summary>Waits for its timer or message; entered after an event-based gateway, its event has already happened.</summary>
internal sealed class IntermediateCatchEvent : IElementBehavior
{
    public ActivationResult Activate(ElementContext context)
    {
        if (context.TriggeredElementId == context.Node.Id) return ActivationResult.Complete;
        var node = (IntermediateCatchEventNode)context.Node;
        context.Runner.Subscriptions.Subscribe(node, node.Trigger, context.Token);
        return ActivationResult.Wait;
    }

    public IReadOnlyList<SequenceFlow> Complete(ElementContext context) => context.Node.Outgoing;

    public void Terminate(ElementContext context)
    {
    }
}
