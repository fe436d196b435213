using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Residents;
using CaseManagement.Testing.Core;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Testing.Web;

/// <summary>Arranging a browser test through the running app's own use cases (many consultations at once, a closed
/// case) instead of clicking through each one.</summary>
public static class TestAppUseCases
{
    /// <summary>Sends a request through the app's MediatR pipeline as <paramref name="actor"/>.</summary>
    public static async Task<T> SendAsync<T>(this TestApp app, ICurrentActor actor, IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>A seeded demo staff member (db/seed/demo.json) as an actor, found by display name.</summary>
    public static async Task<TestActor> DemoStaffAsync(this TestApp app, string displayName, params string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var id = await db.StaffMembers.Where(s => s.DisplayName == displayName).Select(s => s.Id).SingleAsync();
        return new TestActor(id, displayName, roles);
    }

    /// <summary>Names one new resident as the resident of these cases. Resident sign-in, which will do this when a
    /// signed-in resident consults, is another change; until it lands the link is written directly.</summary>
    public static async Task<Guid> LinkResidentAsync(this TestApp app, params Guid[] caseIds)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var resident = new Resident { Id = Guid.CreateVersion7(), Email = $"{Guid.NewGuid():N}@example.jp", CreatedAt = DateTimeOffset.UtcNow };
        db.Residents.Add(resident);
        await db.SaveChangesAsync();
        await db.Cases.Where(c => caseIds.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.ResidentId, resident.Id));
        return resident.Id;
    }
}
