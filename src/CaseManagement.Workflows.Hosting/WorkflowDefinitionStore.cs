using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Hosting;

/// <summary>Versioned definitions in wf_definitions: publishing changed XML adds a version; instances keep theirs.</summary>
/// <param name="latest">the latest versions a listening node remembers (ADR 0024); none: read every time.</param>
public sealed class WorkflowDefinitionStore(TimeProvider clock, LatestDefinitions? latest = null)
{
    // Versions are immutable, so a parsed graph can be kept for the life of the process.
    private readonly ConcurrentDictionary<Guid, ProcessDefinition> parsed = new();

    /// <summary>Publishes every executable process of the document; unchanged ones keep their version.</summary>
    /// <param name="unlessEverPublished">Also keep the latest version when this exact document was published as any
    /// earlier version: for the shipped files read at every start, which must not undo what an admin published since.</param>
    /// <exception cref="BpmnImportException">the document is refused by the engine's reader.</exception>
    public async Task<IReadOnlyList<DeployedDefinition>> PublishAsync(
        WorkflowSession session, string bpmnXml, CancellationToken ct = default, bool unlessEverPublished = false)
    {
        var processes = BpmnReader.Read(bpmnXml);
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(bpmnXml)));
        var result = new List<DeployedDefinition>();
        foreach (var process in processes)
        {
            await session.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtext($1))", ct, "wf_def:" + process.Id);
            var current = await LatestAsync(session, process.Id, ct);
            if (current is not null && (current.Value.Checksum == checksum || (unlessEverPublished && await EverPublishedAsync(session, process.Id, checksum, ct))))
            {
                result.Add(new DeployedDefinition(current.Value.Id, process.Id, current.Value.Version, process.Name, false));
                continue;
            }

            var id = Guid.CreateVersion7(clock.GetUtcNow());
            var version = (current?.Version ?? 0) + 1;
            await session.ExecuteAsync(
                "INSERT INTO wf_definitions (id, process_id, version, name, bpmn_xml, checksum, published_at) VALUES ($1,$2,$3,$4,$5,$6,$7)",
                ct, id, process.Id, version, process.Name, bpmnXml, checksum, clock.GetUtcNow());
            parsed[id] = process;
            // Other nodes forget it when this commits (NOTIFY); this node at once, so its next start reads the new version.
            latest?.Forget(process.Id);
            result.Add(new DeployedDefinition(id, process.Id, version, process.Name, true));
        }

        return result;
    }

    /// <summary>The newest published version of a process, or null.</summary>
    public async Task<DeployedDefinition?> FindLatestAsync(WorkflowSession session, string processId, CancellationToken ct = default)
    {
        if (latest is not null && latest.TryGet(processId, out var known))
        {
            return new DeployedDefinition(known.Id, processId, known.Version, null, false);
        }

        var readSince = latest?.Generation ?? 0;
        var found = await LatestAsync(session, processId, ct);
        if (found is not { } value)
        {
            return null;
        }

        latest?.Remember(processId, new LatestDefinitions.Latest(value.Id, value.Version), readSince);
        return new DeployedDefinition(value.Id, processId, value.Version, null, false);
    }

    /// <summary>A given published version of a process, or null.</summary>
    public async Task<DeployedDefinition?> FindVersionAsync(WorkflowSession session, string processId, int version, CancellationToken ct = default)
    {
        await using var cmd = session.Command("SELECT id FROM wf_definitions WHERE process_id = $1 AND version = $2", processId, version);
        return await cmd.ExecuteScalarAsync(ct) is Guid id ? new DeployedDefinition(id, processId, version, null, false) : null;
    }

    /// <summary>The executable graph of one version.</summary>
    public async Task<ProcessDefinition> LoadAsync(WorkflowSession session, Guid definitionId, string processId, CancellationToken ct = default)
    {
        if (parsed.TryGetValue(definitionId, out var cached))
        {
            return cached;
        }

        await using var cmd = session.Command("SELECT bpmn_xml FROM wf_definitions WHERE id = $1", definitionId);
        var xml = (string?)await cmd.ExecuteScalarAsync(ct)
            ?? throw new InvalidOperationException($"workflow definition {definitionId} does not exist");
        var process = BpmnReader.Read(xml).Single(p => p.Id == processId);
        return parsed.GetOrAdd(definitionId, process);
    }

    private static async Task<bool> EverPublishedAsync(WorkflowSession session, string processId, string checksum, CancellationToken ct)
    {
        await using var cmd = session.Command("SELECT EXISTS (SELECT 1 FROM wf_definitions WHERE process_id = $1 AND checksum = $2)", processId, checksum);
        return await cmd.ExecuteScalarAsync(ct) is true;
    }

    private static async Task<(Guid Id, int Version, string Checksum)?> LatestAsync(WorkflowSession session, string processId, CancellationToken ct)
    {
        await using var cmd = session.Command(
            "SELECT id, version, checksum FROM wf_definitions WHERE process_id = $1 ORDER BY version DESC LIMIT 1", processId);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetGuid(0), reader.GetInt32(1), reader.GetString(2)) : null;
    }
}
