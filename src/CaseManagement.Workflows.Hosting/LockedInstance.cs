using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Hosting;

/// <summary>An instance whose row this transaction holds FOR UPDATE: its graph, state, revision, last history seq and,
/// for a call activity's child, its parent.</summary>
internal sealed record LockedInstance(Guid Id, ProcessDefinition Process, InstanceState State, int Revision, int LastSeq, Guid? ParentId)
{
    /// <summary>Whether the instance still waits for this task, timer or child (its subscription id).</summary>
    public bool Awaits(Guid subscriptionId, SubscriptionKind kind) =>
        State.Status == InstanceStatus.Active && State.Subscriptions.Any(s => s.Id == subscriptionId && s.Kind == kind);
}
