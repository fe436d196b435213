using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements.Events;

/// <summary>A boundary event gets a token only once its timer fired or its message arrived (the subscription is held
/// by the activity's token), so it leaves at once.</summary>
internal sealed class BoundaryEvent : IElementBehavior
{
    public ActivationResult Activate(ElementContext context) =>
        context.TriggeredElementId == context.Node.Id
            ? ActivationResult.Complete
            : throw new WorkflowExecutionException(context.Node.Id, $"Expected boundary event '{context.Node.Id}' to be entered by its trigger but a flow led to it");

    public IReadOnlyList<SequenceFlow> Complete(ElementContext context) => context.Node.Outgoing;

    public void Terminate(ElementContext context)
    {
    }
}
