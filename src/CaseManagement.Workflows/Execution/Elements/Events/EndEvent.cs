using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements.Events;

/// <summary>An end event consumes its token; a terminate end event first ends every other token of its scope.</summary>
internal sealed class EndEvent : IElementBehavior
{
    public ActivationResult Activate(ElementContext context) => ActivationResult.Complete;

    public IReadOnlyList<SequenceFlow> Complete(ElementContext context)
    {
        if (context.Node is EndEventNode { Terminate: true }) context.Runner.TerminateScope(context.Token.ScopeId, context.Token.Id);
        return [];
    }

    public void Terminate(ElementContext context)
    {
    }
}
