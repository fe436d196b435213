using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements.Containers;

/// <summary>An embedded subprocess: starts a child token at its none start event and completes when its scope has no
/// token left. Its token is the scope of its children, so terminating it ends them too.</summary>
internal sealed class SubProcess : IElementBehavior
{
    public ActivationResult Activate(ElementContext context)
    {
        var start = context.Step.Definition.StartEventsOf(context.Node.Id).FirstOrDefault(s => s.Trigger is null)
            ?? throw new WorkflowExecutionException(context.Node.Id, $"Expected a none start event in subprocess '{context.Node.Id}' but there is none");
        context.Runner.Enter(start, context.Token.Id, null);
        return ActivationResult.Wait;
    }

    public IReadOnlyList<SequenceFlow> Complete(ElementContext context) => context.Node.Outgoing;

    public void Terminate(ElementContext context)
    {
    }
}
