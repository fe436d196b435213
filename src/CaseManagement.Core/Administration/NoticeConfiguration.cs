using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Administration;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> b)
    {
        b.ToTable("notices");
        b.Property(n => n.Kind).HasConversion(k => k.ToString().ToLowerInvariant(), k => Enum.Parse<NoticeKind>(k, true));
    }
}
