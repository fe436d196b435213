using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Cases;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.ToTable("cases");
        b.Property(c => c.Status).HasConversion(s => s.ToString().ToLowerInvariant(), s => Enum.Parse<CaseStatus>(s, true));
        b.Property(c => c.Revision).IsConcurrencyToken();
    }
}
