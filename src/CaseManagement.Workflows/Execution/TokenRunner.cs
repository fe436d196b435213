using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution.Elements;
using CaseManagement.Workflows.Execution.Elements.Gateways;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution;

/// <summary>Moves tokens until every one of them waits or has ended. Activations are queued rather than nested so a
/// long chain of automatic steps cannot exhaust the stack; a bound on activations stops a loop without a wait state.</summary>
internal sealed class TokenRunner(StepContext step)
{
    private const int MaxActivationsPerStep = 10_000;
    private readonly LinkedList<PendingActivation> _pending = new();
    private readonly Subscriptions _subscriptions = new(step);
    private int _activations;

    public Subscriptions Subscriptions => _subscriptions;

    /// <summary>Queues a token to enter <paramref name="node"/>.</summary>
    public void Enter(FlowNode node, Guid? scopeId, string? arrivedVia, string? triggeredElementId = null) =>
        _pending.AddLast(new PendingActivation(node.Id, scopeId, arrivedVia, triggeredElementId));

    /// <summary>Activates queued tokens until none is left and no inclusive join can fire any more.</summary>
    public void Run()
    {
        do
        {
            while (_pending.First is { } first)
            {
                _pending.RemoveFirst();
                Activate(first.Value);
            }
        }
        while (InclusiveJoins.FireOneReady(step, this));
    }

    /// <summary>The nodes where tokens are or are about to be, in a scope: what an inclusive join must wait for.</summary>
    public IEnumerable<(string ElementId, Guid TokenId)> Positions(Guid? scopeId) =>
        step.Tokens.Where(t => t.ScopeId == scopeId).Select(t => (t.ElementId, t.Id))
            .Concat(_pending.Where(p => p.ScopeId == scopeId).Select(p => (p.ElementId, Guid.Empty)));

    public void Complete(Guid tokenId, string? triggeredElementId = null)
    {
        var token = Move(step.FindToken(tokenId)!, ElementState.Completing);
        var node = step.Node(token.ElementId);
        var flows = ElementBehaviors.For(node).Complete(new ElementContext(step, this, token, node, triggeredElementId));
        _subscriptions.CancelAll(token);
        Move(token, ElementState.Completed);
        step.Record(HistoryKinds.ElementCompleted, node);
        step.Tokens.RemoveAll(t => t.Id == token.Id);
        foreach (var flow in flows)
        {
            step.Record(HistoryKinds.FlowTaken, flow.Id, "sequenceFlow", [new("source", flow.SourceId), new("target", flow.TargetId)]);
            Enter(step.Node(flow.TargetId), token.ScopeId, flow.Id, flow.TargetId == triggeredElementId ? triggeredElementId : null);
        }
        if (flows.Count == 0) CompleteScopeIfEmpty(token.ScopeId, node);
    }

    /// <summary>Removes a token merged into a join: it does not complete on its own, the joining token does.</summary>
    public void Join(Token token)
    {
        Move(Move(token, ElementState.Completing), ElementState.Completed);
        step.Tokens.RemoveAll(t => t.Id == token.Id);
        step.Record(HistoryKinds.TokenJoined, step.Node(token.ElementId), [new("flow", token.ArrivedVia)]);
    }

    public void Terminate(Guid tokenId)
    {
        if (step.FindToken(tokenId) is not { } found) return;
        var token = Move(found, ElementState.Terminating);
        TerminateScope(token.Id, except: null);
        var node = step.Node(token.ElementId);
        _subscriptions.CancelAll(token);
        ElementBehaviors.For(node).Terminate(new ElementContext(step, this, token, node, null));
        Move(token, ElementState.Terminated);
        step.Record(HistoryKinds.ElementTerminated, node);
        step.Tokens.RemoveAll(t => t.Id == token.Id);
    }

    /// <summary>Ends every token of a scope but one (the terminate end event's own), and drops queued activations.</summary>
    public void TerminateScope(Guid? scopeId, Guid? except)
    {
        foreach (var pending in _pending.Where(p => p.ScopeId == scopeId).ToList()) _pending.Remove(pending);
        foreach (var token in step.Tokens.Where(t => t.ScopeId == scopeId && t.Id != except).ToList()) Terminate(token.Id);
    }

    private void Activate(PendingActivation pending)
    {
        if (++_activations > MaxActivationsPerStep)
        {
            throw new WorkflowExecutionException(pending.ElementId, $"More than {MaxActivationsPerStep} elements activated in one step: a loop without a wait state?");
        }
        var node = step.Node(pending.ElementId);
        var token = new Token(step.NewId(), node.Id, ElementState.Activating, pending.ScopeId, pending.ArrivedVia);
        step.Tokens.Add(token);
        token = Move(token, ElementState.Activated);
        step.Record(HistoryKinds.ElementActivated, node);
        var result = ElementBehaviors.For(node).Activate(new ElementContext(step, this, token, node, pending.TriggeredElementId));
        if (result == ActivationResult.Complete)
        {
            Complete(token.Id, pending.TriggeredElementId);
            return;
        }
        foreach (var boundary in step.Definition.BoundaryEventsOf(node.Id))
        {
            _subscriptions.Subscribe(boundary, boundary.Trigger, token);
        }
    }

    private void CompleteScopeIfEmpty(Guid? scopeId, FlowNode lastNode)
    {
        if (step.Tokens.Any(t => t.ScopeId == scopeId) || _pending.Any(p => p.ScopeId == scopeId)) return;
        if (scopeId is { } subprocessToken)
        {
            Complete(subprocessToken);
            return;
        }
        var terminated = lastNode is EndEventNode { Terminate: true };
        step.Status = terminated ? InstanceStatus.Terminated : InstanceStatus.Completed;
        step.Commands.Add(new InstanceCompleted(lastNode.Id, terminated));
        step.Record(terminated ? HistoryKinds.InstanceTerminated : HistoryKinds.InstanceCompleted, lastNode);
    }

    private Token Move(Token token, ElementState to)
    {
        var moved = ElementLifecycle.Transition(token, to);
        if (!ElementLifecycle.IsFinal(to)) step.Replace(moved);
        return moved;
    }

    private sealed record PendingActivation(string ElementId, Guid? ScopeId, string? ArrivedVia, string? TriggeredElementId);
}
