using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Residents.Line;

internal sealed class LineWebhookEventConfiguration : IEntityTypeConfiguration<LineWebhookEvent>
{
    public void Configure(EntityTypeBuilder<LineWebhookEvent> b)
    {
        b.ToTable("line_webhook_events");
        b.HasKey(e => e.WebhookEventId);
    }
}
