using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Administration;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.ToTable("categories");
        b.HasMany(c => c.ReceptionHours).WithOne().HasForeignKey(h => h.CategoryId);
        b.HasMany(c => c.ClosedDays).WithOne().HasForeignKey(d => d.CategoryId);
    }
}
