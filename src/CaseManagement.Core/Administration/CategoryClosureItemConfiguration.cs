using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Administration;

internal sealed class CategoryClosureItemConfiguration : IEntityTypeConfiguration<CategoryClosureItem>
{
    public void Configure(EntityTypeBuilder<CategoryClosureItem> b)
    {
        b.ToTable("category_closure_items");
        b.HasKey(i => new { i.CategoryId, i.Item });
    }
}
