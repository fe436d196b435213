namespace CaseManagement.Workflows.Execution;

/// <summary>The legal moves between <see cref="ElementState"/>s, in one table with one guard
/// (after Zeebe's ProcessInstanceLifecycle): no behaviour decides this on its own.</summary>
internal static class ElementLifecycle
{
    private static readonly Dictionary<ElementState, ElementState[]> Transitions = new()
    {
        [ElementState.Activating] = [ElementState.Activated, ElementState.Terminating],
        [ElementState.Activated] = [ElementState.Completing, ElementState.Terminating],
        [ElementState.Completing] = [ElementState.Completed, ElementState.Terminating],
        [ElementState.Completed] = [],
        [ElementState.Terminating] = [ElementState.Terminated],
        [ElementState.Terminated] = [],
    };

    public static bool CanTransition(ElementState from, ElementState to) => Transitions[from].Contains(to);

    /// <summary>The token in its new state, or an "Expected … but …" error naming the element.</summary>
    public static Token Transition(Token token, ElementState to) =>
        CanTransition(token.State, to)
            ? token with { State = to }
            : throw new WorkflowExecutionException(
                token.ElementId,
                $"Expected element '{token.ElementId}' to be in a state that can become {to} ({string.Join(", ", Transitions.Where(t => t.Value.Contains(to)).Select(t => t.Key))}) but it is {token.State}");

    public static bool IsFinal(ElementState state) => Transitions[state].Length == 0;
}
