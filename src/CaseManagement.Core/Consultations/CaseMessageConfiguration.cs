using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Consultations;

internal sealed class CaseMessageConfiguration : IEntityTypeConfiguration<CaseMessage>
{
    public void Configure(EntityTypeBuilder<CaseMessage> b)
    {
        b.ToTable("case_messages");
        b.Property(m => m.AuthorKind).HasConversion(a => a.ToString().ToLowerInvariant(), a => Enum.Parse<MessageAuthor>(a, true));
    }
}
