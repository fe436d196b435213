using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Administration;

internal sealed class CategoryReceptionHoursConfiguration : IEntityTypeConfiguration<CategoryReceptionHours>
{
    public void Configure(EntityTypeBuilder<CategoryReceptionHours> b)
    {
        b.ToTable("category_reception_hours");
        b.HasKey(h => new { h.CategoryId, h.Weekday });
        b.Property(h => h.Weekday).HasConversion<short>();
    }
}
