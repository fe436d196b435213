using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Notifications;

internal sealed class StaffNotificationReadConfiguration : IEntityTypeConfiguration<StaffNotificationRead>
{
    public void Configure(EntityTypeBuilder<StaffNotificationRead> b)
    {
        b.ToTable("staff_notification_reads");
        b.HasKey(r => new { r.NotificationId, r.StaffId });
    }
}
