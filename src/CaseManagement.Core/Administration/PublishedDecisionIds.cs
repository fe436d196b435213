using CaseManagement.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>The decision ids of a document's latest published version: business rule tasks name them, so a new
/// version must keep them all.</summary>
internal static class PublishedDecisionIds
{
    public static async Task<IReadOnlyCollection<string>> OfLatestAsync(CaseDbContext db, string decisionRef, CancellationToken ct)
    {
        var xml = await db.DecisionVersions.AsNoTracking().Where(d => d.DecisionRef == decisionRef).OrderByDescending(d => d.Version)
            .Select(d => d.DmnXml).FirstOrDefaultAsync(ct);
        return xml is null || DecisionXml.TryLoad(xml) is not { } doc
            ? []
            : [.. doc.Root!.Elements().Where(e => e.Name.LocalName == "decision").Select(e => (string?)e.Attribute("id")).OfType<string>()];
    }
}
