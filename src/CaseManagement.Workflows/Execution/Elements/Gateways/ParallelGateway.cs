using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements.Gateways;

/// <summary>AND: a join waits until a token has arrived by every incoming flow, then leaves by every outgoing flow.</summary>
internal sealed class ParallelGateway : IElementBehavior
{
    public ActivationResult Activate(ElementContext context)
    {
        var (step, token, node) = (context.Step, context.Token, context.Node);
        if (node.Incoming.Count <= 1) return ActivationResult.Complete;
        var waiting = step.Tokens.Where(t => t.ElementId == node.Id && t.ScopeId == token.ScopeId && t.Id != token.Id).ToList();
        // One waiting token per incoming flow; a second token on the same flow (a loop) waits for the next join.
        var partners = node.Incoming.Where(f => f.Id != token.ArrivedVia)
            .Select(f => waiting.FirstOrDefault(t => t.ArrivedVia == f.Id))
            .ToList();
        if (partners.Any(p => p is null)) return ActivationResult.Wait;
        foreach (var partner in partners) context.Runner.Join(partner!);
        return ActivationResult.Complete;
    }

    public IReadOnlyList<SequenceFlow> Complete(ElementContext context) => context.Node.Outgoing;

    public void Terminate(ElementContext context)
    {
    }
}
