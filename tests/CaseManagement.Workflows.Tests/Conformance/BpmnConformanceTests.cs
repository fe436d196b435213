using Xunit;

namespace CaseManagement.Workflows.Tests.Conformance;

/// <summary>The bpmn-elements test models, read in place from ../shared/conformance: each is either run to the end
/// bpmn-engine reaches (tools/conformance/bpmn-engine-results.json), refused naming the element, or a listed difference.</summary>
public sealed class BpmnConformanceTests(ITestOutputHelper output)
{
    private const string Absent = "(models folder absent)";

    public static TheoryData<string> Models()
    {
        var names = ConformanceFolder.ModelNames().ToList();
        return names.Count == 0 ? new TheoryData<string>(Absent) : new TheoryData<string>(names);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Each_model_ends_as_in_bpmn_engine_or_is_refused_naming_the_element(string model)
    {
        if (model == Absent) Assert.Skip("../shared/conformance/bpmn-elements is not beside the repository");
        var ours = ConformanceDriver.Run(Path.Combine(ConformanceFolder.Models!, model));
        var reason = KnownDifferences.ReasonFor(model);
        output.WriteLine($"ours: {ours}");

        if (ours.IsRefused)
        {
            Assert.True(ours.UnclearRefusals.Count == 0, $"{model}: a refusal must name the element (id, type, line): {string.Join("; ", ours.UnclearRefusals)}");
            Assert.False(ExecutedModels.All.Contains(model), $"{model} is now refused ({ours.Error}): fix it, or remove it from ExecutedModels");
            Assert.True(reason is null, $"{model} is now refused ({ours.Error}): remove it from KnownDifferences (was: {reason})");
            return;
        }
        Assert.True(ExecutedModels.All.Contains(model), $"{model} is now accepted ({ours}): add it to ExecutedModels");
        var oracle = RecordedResults.For(model);
        Assert.True(oracle is not null, $"{model} has no recorded bpmn-engine result: re-record with tools/conformance/record.mjs");
        output.WriteLine($"bpmn-engine: {oracle}");
        var difference = ours.DifferenceFrom(oracle);
        if (reason is null) Assert.True(difference is null, $"{model}: {difference}");
        else Assert.True(difference is not null, $"{model} now ends as in bpmn-engine: remove it from KnownDifferences (was: {reason})");
    }

    [Fact]
    public void The_counts_are_reported()
    {
        if (ConformanceFolder.Models is null) Assert.Skip("../shared/conformance/bpmn-elements is not beside the repository");
        var outcomes = ConformanceFolder.ModelNames().ToDictionary(m => m, m => ConformanceDriver.Run(Path.Combine(ConformanceFolder.Models, m)));
        var refused = outcomes.Where(o => o.Value.IsRefused).ToList();
        var ran = outcomes.Where(o => !o.Value.IsRefused).ToList();
        var differing = ran.Where(o => RecordedResults.For(o.Key) is not { } oracle || o.Value.DifferenceFrom(oracle) is not null).ToList();

        output.WriteLine($"bpmn-elements models: {outcomes.Count}; same end state as bpmn-engine: {ran.Count - differing.Count}; "
            + $"refused naming the element: {refused.Count(r => r.Value.UnclearRefusals.Count == 0)}; differing: {differing.Count}");
        foreach (var (model, outcome) in ran.Except(differing)) output.WriteLine($"  same      {model}: {outcome}");
        foreach (var (model, outcome) in differing) output.WriteLine($"  differing {model}: {KnownDifferences.ReasonFor(model) ?? "(unlisted)"} — {outcome.DifferenceFrom(RecordedResults.For(model)!)}");
        foreach (var (model, outcome) in refused) output.WriteLine($"  refused   {model}: {outcome.ImportErrors[0]}{(outcome.ImportErrors.Count > 1 ? $" (+{outcome.ImportErrors.Count - 1} more)" : "")}");
        // What stops the refused models, by the kind of element named (a model with several kinds counts under each).
        foreach (var (kind, models) in refused
                     .SelectMany(r => r.Value.ImportErrors.Select(e => (Model: r.Key, Kind: $"{e.ElementType}: {Reason(e.Message)}")).Distinct())
                     .GroupBy(x => x.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                     .Select(g => (g.Key, g.Count())))
        {
            output.WriteLine($"  blocker   {models,3} models: {kind}");
        }
        Assert.Equal(ExecutedModels.All.Order(StringComparer.Ordinal), ran.Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Equal(KnownDifferences.All.Select(k => k.Key).Order(StringComparer.Ordinal), differing.Select(d => d.Key).Order(StringComparer.Ordinal));
    }

    // The reason without what names one model's content: "scriptFormat 'JavaScript' is not supported: …" -> "scriptFormat … is not supported".
    private static string Reason(string message)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(message, "'[^']*'", "…");
        var cut = text.IndexOfAny(['(', ':'], Math.Min(10, text.Length));
        return (cut > 0 ? text[..cut] : text).TrimEnd();
    }
}
