using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements.Gateways;

/// <summary>The inclusive join rule: a token waiting at an OR-join may go on once no other token of its scope can
/// still reach the gateway. Checked on arrival and again whenever the runner has nothing else to do.</summary>
internal static class InclusiveJoins
{
    public static bool IsJoin(FlowNode node) => node is InclusiveGatewayNode && node.Incoming.Count > 1;

    /// <summary>Whether a token somewhere else in the scope could still arrive at the token's gateway.</summary>
    public static bool MoreCanArrive(StepContext step, TokenRunner runner, Token waiting) =>
        runner.Positions(waiting.ScopeId)
            .Where(p => p.ElementId != waiting.ElementId)
            .Any(p => CanReach(step.Definition, p.ElementId, waiting.ElementId));

    /// <summary>Merges the other tokens waiting at the same gateway into <paramref name="token"/>.</summary>
    public static void JoinOthers(StepContext step, TokenRunner runner, Token token)
    {
        foreach (var other in step.Tokens.Where(t => t.ElementId == token.ElementId && t.ScopeId == token.ScopeId && t.Id != token.Id).ToList())
        {
            runner.Join(other);
        }
    }

    /// <summary>Fires one waiting inclusive join that nothing can reach any more; false when there is none.</summary>
    public static bool FireOneReady(StepContext step, TokenRunner runner)
    {
        var ready = step.Tokens.FirstOrDefault(t =>
            t.State == ElementState.Activated && IsJoin(step.Node(t.ElementId)) && !MoreCanArrive(step, runner, t));
        if (ready is null) return false;
        JoinOthers(step, runner, ready);
        runner.Complete(ready.Id);
        return true;
    }

    private static bool CanReach(ProcessDefinition definition, string fromId, string targetId)
    {
        var seen = new HashSet<string> { fromId };
        var frontier = new Queue<string>([fromId]);
        while (frontier.TryDequeue(out var id))
        {
            var node = definition.Nodes[id];
            var next = node.Outgoing.Select(f => f.TargetId)
                .Concat(definition.BoundaryEventsOf(id).Select(b => b.Id));
            foreach (var target in next)
            {
                if (target == targetId) return true;
                if (seen.Add(target)) frontier.Enqueue(target);
            }
        }
        return false;
    }
}
