using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Triggers;

/// <summary>What happens when a timer fires or a message arrives, whoever waited for it: a catch event, an
/// event-based gateway or an activity's boundary event.</summary>
internal static class EventOccurrence
{
    public static void Happen(StepContext step, TokenRunner runner, Subscription subscription)
    {
        var node = step.Node(subscription.ElementId);
        var token = step.FindToken(subscription.TokenId)
            ?? throw new WorkflowExecutionException(node.Id, $"Expected a token waiting for '{node.Id}' but there is none");
        switch (node)
        {
            case BoundaryEventNode { CancelActivity: true } boundary:
                runner.Terminate(token.Id);
                runner.Enter(boundary, token.ScopeId, null, boundary.Id);
                break;
            case BoundaryEventNode boundary:
                runner.Enter(boundary, token.ScopeId, null, boundary.Id);
                break;
            case var _ when token.ElementId == node.Id:
                runner.Complete(token.Id, node.Id);
                break;
            default:
                // An event-based gateway: the first event wins and the others are withdrawn.
                runner.Subscriptions.CancelAll(token);
                runner.Complete(token.Id, node.Id);
                break;
        }
        runner.Run();
    }
}
