using MediatR;

namespace CaseManagement.Core.Common.Messaging;

/// <summary>Notifications a command wants published only once its transaction has committed (live desk updates):
/// the transaction behaviour publishes them after commit and drops them on rollback.</summary>
public sealed class AfterCommit
{
    private readonly List<INotification> pending = [];

    public void Publish(INotification notification) => pending.Add(notification);

    internal IReadOnlyList<INotification> Drain()
    {
        var drained = pending.ToList();
        pending.Clear();
        return drained;
    }
}
