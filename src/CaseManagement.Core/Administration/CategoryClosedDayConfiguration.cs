using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Administration;

internal sealed class CategoryClosedDayConfiguration : IEntityTypeConfiguration<CategoryClosedDay>
{
    public void Configure(EntityTypeBuilder<CategoryClosedDay> b)
    {
        b.ToTable("category_closed_days");
        b.HasKey(d => new { d.CategoryId, d.Day });
    }
}
