namespace CaseManagement.Features.Binding;

/// <summary>A scenario ready to run: the feature's background steps followed by its own.</summary>
public sealed record ScenarioSpec(string File, string Feature, string Name, int Line, IReadOnlyList<StepSpec> Steps)
{
    /// <summary>"file: scenario name", unique across the features folder; the test case's argument.</summary>
    public string Id => $"{File}: {Name}";
}
