using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Cases;

internal sealed class CaseTagConfiguration : IEntityTypeConfiguration<CaseTag>
{
    public void Configure(EntityTypeBuilder<CaseTag> b)
    {
        b.ToTable("case_tags");
        b.HasKey(t => new { t.CaseId, t.Tag });
    }
}
