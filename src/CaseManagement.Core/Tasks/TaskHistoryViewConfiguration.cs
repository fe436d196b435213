using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Tasks;

internal sealed class TaskHistoryViewConfiguration : IEntityTypeConfiguration<TaskHistoryView>
{
    public void Configure(EntityTypeBuilder<TaskHistoryView> b)
    {
        b.ToTable("task_history_views");
        b.HasKey(v => new { v.TaskId, v.StaffId });
    }
}
