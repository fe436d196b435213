using CaseManagement.Features.Binding;

namespace CaseManagement.Features;

/// <summary>The features folder as a whole: it has scenarios, and every step in it is bound exactly once.</summary>
public sealed class FeatureFilesTests
{
    [Fact]
    public void Every_audience_folder_with_feature_files_has_scenarios()
    {
        Assert.Contains(FeatureCatalog.Scenarios, s => s.File.StartsWith("resident/", StringComparison.Ordinal));
        Assert.Contains(FeatureCatalog.Scenarios, s => s.File.StartsWith("desk/", StringComparison.Ordinal));
        Assert.Equal(FeatureCatalog.Scenarios.Count, FeatureCatalog.Scenarios.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Every_step_of_every_feature_is_bound_exactly_once()
    {
        var registry = StepRegistry.ForAssembly(typeof(FeatureFilesTests).Assembly);
        var problems = new List<string>();
        foreach (var scenario in FeatureCatalog.Scenarios)
        {
            try
            {
                registry.Bind(scenario);
            }
            catch (StepBindingException e)
            {
                problems.Add(e.Message);
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
