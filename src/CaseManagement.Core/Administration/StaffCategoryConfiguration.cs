using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Administration;

internal sealed class StaffCategoryConfiguration : IEntityTypeConfiguration<StaffCategory>
{
    public void Configure(EntityTypeBuilder<StaffCategory> b)
    {
        b.ToTable("staff_categories");
        b.HasKey(c => new { c.StaffId, c.CategoryId });
    }
}
