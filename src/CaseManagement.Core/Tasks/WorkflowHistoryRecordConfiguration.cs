using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Tasks;

internal sealed class WorkflowHistoryRecordConfiguration : IEntityTypeConfiguration<WorkflowHistoryRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowHistoryRecord> b)
    {
        // A view over wf_history_steps (one row per step, ADR 0023), one row per event: read only.
        b.ToView("wf_history");
        b.HasKey(h => new { h.InstanceId, h.Seq });
        b.Property(h => h.Data).HasColumnType("jsonb");
    }
}
