using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Residents.SignIn;

internal sealed class ResidentSignInCodeConfiguration : IEntityTypeConfiguration<ResidentSignInCode>
{
    public void Configure(EntityTypeBuilder<ResidentSignInCode> b)
    {
        b.ToTable("resident_sign_in_codes");
        b.Property(c => c.Seq).ValueGeneratedOnAdd();
    }
}
