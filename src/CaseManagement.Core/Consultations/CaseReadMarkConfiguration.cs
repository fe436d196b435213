using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Consultations;

internal sealed class CaseReadMarkConfiguration : IEntityTypeConfiguration<CaseReadMark>
{
    public void Configure(EntityTypeBuilder<CaseReadMark> b)
    {
        b.ToTable("case_read_marks");
        b.HasKey(m => new { m.CaseId, m.Reader });
        b.Property(m => m.Reader).HasConversion(r => r.ToString().ToLowerInvariant(), r => Enum.Parse<ChatSide>(r, true));
    }
}
