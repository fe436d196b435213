using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Administration;

internal sealed class CategoryAssignmentConfiguration : IEntityTypeConfiguration<CategoryAssignment>
{
    public void Configure(EntityTypeBuilder<CategoryAssignment> b)
    {
        b.ToTable("category_assignment");
        b.HasKey(a => a.CategoryId);
    }
}
