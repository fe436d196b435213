using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Administration;

internal sealed class DecisionDraftConfiguration : IEntityTypeConfiguration<DecisionDraft>
{
    public void Configure(EntityTypeBuilder<DecisionDraft> b)
    {
        b.ToTable("dmn_drafts");
        b.HasKey(d => d.DecisionRef);
        b.Property(d => d.Revision).IsConcurrencyToken();
    }
}
