using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Tasks;

internal sealed class WorkflowInstanceRecordConfiguration : IEntityTypeConfiguration<WorkflowInstanceRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRecord> b)
    {
        b.ToTable("wf_instances");
        b.Property(i => i.State).HasColumnType("jsonb");
    }
}
