using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements.Events;

/// <summary>A start event: its trigger (none, timer, message) has already happened when a token is placed on it.</summary>
internal sealed class StartEvent : IElementBehavior
{
    public ActivationResult Activate(ElementContext context) => ActivationResult.Complete;

    public IReadOnlyList<SequenceFlow> Complete(ElementContext context) => context.Node.Outgoing;

    public void Terminate(ElementContext context)
    {
    }
}
