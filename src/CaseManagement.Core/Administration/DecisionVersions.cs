using System.Security.Cryptography;
using System.Text;
using CaseManagement.Core.Common;
using CaseManagement.Workflows.Dmn;
using CaseManagement.Workflows.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Appends a checked DMN document as the next immutable version of its decisionRef, unless it equals the
/// latest (or, for a shipped file, any version ever published).</summary>
internal static class DecisionVersions
{
    public static async Task<PublishedDecision> AppendAsync(
        CaseDbContext db, LatestDefinitions remembered, string decisionRef, string xml, DmnDefinitions definitions, string publishedBy, DateTimeOffset now,
        bool unlessEverPublished, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"dmn_def:" + decisionRef}))", ct);
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
        var versions = db.DecisionVersions.AsNoTracking().Where(d => d.DecisionRef == decisionRef);
        var latest = await versions.OrderByDescending(d => d.Version).Select(d => new { d.Id, d.Version, d.Checksum }).FirstOrDefaultAsync(ct);
        if (latest is not null && (latest.Checksum == checksum || (unlessEverPublished && await versions.AnyAsync(d => d.Checksum == checksum, ct))))
        {
            return new PublishedDecision(latest.Id, decisionRef, latest.Version, IsNewVersion: false);
        }

        var version = new DecisionVersion
        {
            Id = Guid.CreateVersion7(now), DecisionRef = decisionRef, Version = (latest?.Version ?? 0) + 1,
            Name = definitions.Name ?? definitions.Decisions.FirstOrDefault()?.Name, DmnXml = xml, Checksum = checksum, PublishedAt = now, PublishedBy = publishedBy,
        };
        db.DecisionVersions.Add(version);
        await db.SaveChangesAsync(ct);
        // Other nodes forget it when this commits (NOTIFY, migration 0041); this node at once (ADR 0024).
        remembered.Forget(LatestDefinitions.DecisionKey(decisionRef));
        return new PublishedDecision(version.Id, decisionRef, version.Version, IsNewVersion: true);
    }
}
