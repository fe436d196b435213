using CaseManagement.Core.Common.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Identity;

/// <summary>ASP.NET Core Identity's tables (db/migrations/0001_staff_identity.sql), kept in the web host so that
/// Core stays free of ASP.NET.</summary>
public sealed class StaffIdentityDbContext(DbContextOptions<StaffIdentityDbContext> options)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>().ToTable("identity_users");
        builder.Entity<IdentityRole<Guid>>().ToTable("identity_roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("identity_user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("identity_user_claims");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("identity_role_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("identity_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("identity_user_tokens");
        builder.UseSnakeCaseNames();
    }
}
