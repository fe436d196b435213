namespace CaseManagement.Workflows.Hosting.Outbox;

/// <summary>An outbox handler that can deliver several rows of its kind at once, all or nothing (e.g. many timers
/// into Quartz in one of its transactions instead of one each). When it throws, the dispatcher delivers the rows
/// one by one through <see cref="IOutboxHandler.DeliverAsync"/>, so that one bad row does not hold back the others.</summary>
public interface IOutboxBatchHandler : IOutboxHandler
{
    Task DeliverAllAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken ct);
}
