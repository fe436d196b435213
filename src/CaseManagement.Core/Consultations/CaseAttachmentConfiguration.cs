using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Consultations;

internal sealed class CaseAttachmentConfiguration : IEntityTypeConfiguration<CaseAttachment>
{
    public void Configure(EntityTypeBuilder<CaseAttachment> b)
    {
        b.ToTable("case_attachments");
        // Known to EF so that a message and its attachment saved together are inserted in that order.
        b.HasOne<CaseMessage>().WithOne().HasForeignKey<CaseAttachment>(a => a.MessageId);
    }
}
