using CaseManagement.Testing.Web;
using CaseManagement.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Account;

/// <summary>Identity's EF model matches db/migrations/0001_staff_identity.sql: every entity written and read back.</summary>
public sealed class IdentityMappingTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Every_identity_entity_round_trips_through_the_migrated_schema()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { Id = Guid.CreateVersion7(), UserName = "roundtrip", Email = "rt@example.jp", DisplayName = "往復 確認" };
        Assert.True((await users.CreateAsync(user, "RoundTrip#2026")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, "Auditor")).Succeeded);
        Assert.True((await users.AddClaimAsync(user, new System.Security.Claims.Claim("t", "v"))).Succeeded);
        Assert.True((await users.AddLoginAsync(user, new UserLoginInfo("line", "U123", "LINE"))).Succeeded);
        Assert.True((await users.SetAuthenticationTokenAsync(user, "line", "refresh", "secret")).Succeeded);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        var auditor = await roles.FindByNameAsync("Auditor");
        Assert.True((await roles.AddClaimAsync(auditor!, new System.Security.Claims.Claim("area", "audit"))).Succeeded);

        await using var read = app.Services.CreateAsyncScope();
        var db = read.ServiceProvider.GetRequiredService<StaffIdentityDbContext>();
        var back = await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id);
        Assert.Equal(("roundtrip", "ROUNDTRIP", "往復 確認", true), (back.UserName, back.NormalizedUserName, back.DisplayName, back.LockoutEnabled));
        Assert.Equal(1, await db.UserRoles.CountAsync(r => r.UserId == user.Id));
        Assert.Equal("v", (await db.UserClaims.SingleAsync(c => c.UserId == user.Id)).ClaimValue);
        Assert.Equal("LINE", (await db.UserLogins.SingleAsync(l => l.UserId == user.Id)).ProviderDisplayName);
        Assert.Equal("secret", (await db.UserTokens.SingleAsync(t => t.UserId == user.Id)).Value);
        Assert.Equal("audit", (await db.RoleClaims.SingleAsync(c => c.RoleId == auditor!.Id)).ClaimValue);
    }
}
