using CaseManagement.Testing;

namespace CaseManagement.Features.Binding;

/// <summary>Every scenario of features/**/*.feature, parsed once per test process.</summary>
public static class FeatureCatalog
{
    private static readonly Lazy<IReadOnlyList<ScenarioSpec>> All = new(Load);

    public static IReadOnlyList<ScenarioSpec> Scenarios => All.Value;

    public static ScenarioSpec Find(string id) =>
        Scenarios.SingleOrDefault(s => s.Id == id) ?? throw new StepBindingException($"シナリオがありません / no scenario '{id}'");

    private static List<ScenarioSpec> Load() =>
        [.. Directory.EnumerateFiles(RepositoryPaths.Features, "*.feature", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(path => FeatureParser.Parse(
                File.ReadAllText(path),
                Path.GetRelativePath(RepositoryPaths.Features, path).Replace('\\', '/')))];
}
