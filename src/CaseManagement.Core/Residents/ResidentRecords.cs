using CaseManagement.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Residents;

/// <summary>Finds the resident of an address or LINE account, creating them on first sign-in. Two first sign-ins at
/// once create one resident (ON CONFLICT), not an error.</summary>
internal static class ResidentRecords
{
    public static async Task<Guid> ByEmailAsync(CaseDbContext db, string email, DateTimeOffset now, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO residents (id, email, created_at) VALUES ({Guid.CreateVersion7(now)}, {email}, {now.ToUniversalTime()}) ON CONFLICT (email) DO NOTHING", ct);
        return await db.Residents.Where(r => r.Email == email).Select(r => r.Id).SingleAsync(ct);
    }

    public static async Task<Guid> ByLineUserIdAsync(CaseDbContext db, string lineUserId, string? displayName, DateTimeOffset now, CancellationToken ct)
    {
        var name = displayName is { Length: > 100 } ? displayName[..100] : displayName;
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO residents (id, line_user_id, display_name, created_at) VALUES ({Guid.CreateVersion7(now)}, {lineUserId}, {name}, {now.ToUniversalTime()})
            ON CONFLICT (line_user_id) DO UPDATE SET display_name = EXCLUDED.display_name
            """, ct);
        return await db.Residents.Where(r => r.LineUserId == lineUserId).Select(r => r.Id).SingleAsync(ct);
    }
}
