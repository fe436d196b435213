using System.Net;
using CaseManagement.Core.Administration;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Web.Security;

/// <summary>The staff IP allowlist as the request check sees it: read from the database and kept for a few seconds
/// (CaseManagement:IpAllowlist:CacheSeconds) so that a staff request costs no query; a save on this node is seen at
/// once, a save on another node within that time.</summary>
public sealed class StaffIpAllowlist(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration config)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IReadOnlyList<IPNetwork>? networks;
    private DateTimeOffset loadedAt;

    private TimeSpan CacheFor => TimeSpan.FromSeconds(config.GetValue("CaseManagement:IpAllowlist:CacheSeconds", 10));

    public async Task<IReadOnlyList<IPNetwork>> GetAsync(CancellationToken ct)
    {
        if (networks is { } cached && clock.GetUtcNow() - loadedAt < CacheFor)
        {
            return cached;
        }

        await gate.WaitAsync(ct);
        try
        {
            if (networks is { } fresh && clock.GetUtcNow() - loadedAt < CacheFor)
            {
                return fresh;
            }

            await using var scope = scopes.CreateAsyncScope();
            // The check runs before anyone is signed in: it reads the list as the platform, not as a person.
            scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemActor();
            var ranges = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetStaffIpAllowlist(), ct);
            networks = ranges.Select(r => StaffIpRanges.TryParse(r, out var n) ? (IPNetwork?)n : null).OfType<IPNetwork>().ToList();
            loadedAt = clock.GetUtcNow();
            return networks;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets the cached list (after an admin saved a new one on this node).</summary>
    public void Invalidate() => networks = null;
}
