namespace CaseManagement.Workflows.Hosting.Outbox;

/// <summary>Delivers outbox rows of one kind. Throwing leaves the row for a later attempt with back-off.</summary>
public interface IOutboxHandler
{
    string Kind { get; }

    Task DeliverAsync(OutboxMessage message, CancellationToken ct);
}
