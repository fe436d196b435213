using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Tasks;

internal sealed class WorkflowHistoryRecordConfiguration : IEntityTypeConfiguration<WorkflowHistoryRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowHistoryRecord> b)
    {
        b.ToTable("wf_history");
        b.Property(h => h.Id).UseIdentityAlwaysColumn();
        b.Property(h => h.Data).HasColumnType("jsonb");
    }
}
