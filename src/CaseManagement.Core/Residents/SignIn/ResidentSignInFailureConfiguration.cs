using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseManagement.Core.Residents.SignIn;

internal sealed class ResidentSignInFailureConfiguration : IEntityTypeConfiguration<ResidentSignInFailure>
{
    public void Configure(EntityTypeBuilder<ResidentSignInFailure> b) => b.ToTable("resident_sign_in_failures");
}
