using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Administration;

internal sealed class DecisionVersionConfiguration : IEntityTypeConfiguration<DecisionVersion>
{
    public void Configure(EntityTypeBuilder<DecisionVersion> b) => b.ToTable("dmn_definitions");
}
