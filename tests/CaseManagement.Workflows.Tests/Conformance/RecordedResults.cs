using System.Text.Json;

namespace CaseManagement.Workflows.Tests.Conformance;

/// <summary>bpmn-engine's outcome per model, recorded by tools/conformance/record.mjs and committed, so the tests need no node.</summary>
internal static class RecordedResults
{
    private static readonly Lazy<IReadOnlyDictionary<string, ConformanceOutcome>> All = new(Load);

    public static ConformanceOutcome? For(string model) => All.Value.GetValueOrDefault(model);

    private static IReadOnlyDictionary<string, ConformanceOutcome> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ConformanceFolder.RecordedResults));
        return document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => new ConformanceOutcome(
                p.Value.GetProperty("state").GetString()!,
                [.. p.Value.GetProperty("completed").EnumerateArray().Select(e => e.GetString()!)],
                [.. p.Value.GetProperty("endEvents").EnumerateArray().Select(e => e.GetString()!)],
                p.Value.TryGetProperty("error", out var error) ? error.GetString() : null),
            StringComparer.Ordinal);
    }
}
