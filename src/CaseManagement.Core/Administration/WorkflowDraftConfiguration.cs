using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Administration;

internal sealed class WorkflowDraftConfiguration : IEntityTypeConfiguration<WorkflowDraft>
{
    public void Configure(EntityTypeBuilder<WorkflowDraft> b)
    {
        b.ToTable("wf_drafts");
        b.HasKey(d => d.ProcessId);
        b.Property(d => d.Revision).IsConcurrencyToken();
    }
}
