using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Administration;

internal sealed class StaffIpRangeConfiguration : IEntityTypeConfiguration<StaffIpRange>
{
    public void Configure(EntityTypeBuilder<StaffIpRange> b)
    {
        b.ToTable("staff_ip_ranges");
        b.HasKey(r => r.Cidr);
    }
}
