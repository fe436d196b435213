namespace CaseManagement.Core.Residents.Line;

/// <summary>A LINE webhook event already answered: its id and when it came, nothing else.</summary>
public sealed class LineWebhookEvent
{
    public required string WebhookEventId { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
