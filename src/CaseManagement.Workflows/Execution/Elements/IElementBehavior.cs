using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements;

/// <summary>What one BPMN element type does at each step of its lifecycle. Behaviours return outcomes and let the
/// <see cref="TokenRunner"/> move tokens; they throw only when the model cannot go on (no flow matched, bad expression).</summary>
internal interface IElementBehavior
{
    /// <summary>A token has entered the element: either it waits here, or the element completes at once.</summary>
    ActivationResult Activate(ElementContext context);

    /// <summary>The element's work is done: the flows the token leaves by (none ends the token).</summary>
    IReadOnlyList<SequenceFlow> Complete(ElementContext context);

    /// <summary>The token is being taken away; the runner has already cancelled its tasks, timers and subscriptions.</summary>
    void Terminate(ElementContext context);
}
