using System.Collections.Concurrent;
using CaseManagement.Workflows.Dmn;
using CaseManagement.Workflows.Hosting;
using Npgsql;

namespace CaseManagement.Core.Administration;

/// <summary>The engine's DMN documents: for each decisionRef, its latest published version in dmn_definitions at the
/// moment a business rule task runs (ADR 0022). A node that listens for new versions remembers the latest one, as it
/// does for workflows (ADR 0024); otherwise one small query per evaluation finds it. The parsed document is cached by
/// version id, which never changes.</summary>
/// <remarks>Synchronous on purpose: <see cref="IDecisionProvider"/> is called inside the engine's pure step, which
/// does no async I/O. The query runs on its own pooled connection and reads only committed versions.</remarks>
internal sealed class PublishedDecisions(NpgsqlDataSource dataSource, LatestDefinitions latest) : IDecisionProvider
{
    private readonly ConcurrentDictionary<Guid, DmnDefinitions> parsed = new();

    public DmnDefinitions? Find(string? decisionRef, string decisionId)
    {
        if (decisionRef is not null && latest.TryGet(LatestDefinitions.DecisionKey(decisionRef), out var known))
        {
            return Load(known.Id);
        }

        var readSince = latest.Generation;
        using var command = decisionRef is null
            ? dataSource.CreateCommand("SELECT DISTINCT ON (decision_ref) id FROM dmn_definitions ORDER BY decision_ref, version DESC")
            : dataSource.CreateCommand("SELECT id FROM dmn_definitions WHERE decision_ref = $1 ORDER BY version DESC LIMIT 1");
        if (decisionRef is not null) command.Parameters.Add(new NpgsqlParameter { Value = decisionRef });
        var ids = new List<Guid>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) ids.Add(reader.GetGuid(0));
        }

        if (decisionRef is not null && ids.Count == 1)
        {
            latest.Remember(LatestDefinitions.DecisionKey(decisionRef), new LatestDefinitions.Latest(ids[0], 0), readSince);
        }

        // Without a decisionRef, the document whose latest version holds the decision.
        return ids.Select(Load).FirstOrDefault(d => decisionRef is not null || d.FindDecision(decisionId) is not null);
    }

    private DmnDefinitions Load(Guid id) => parsed.GetOrAdd(id, key =>
    {
        using var command = dataSource.CreateCommand("SELECT dmn_xml FROM dmn_definitions WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return DmnReader.Read((string)command.ExecuteScalar()!);
    });
}
