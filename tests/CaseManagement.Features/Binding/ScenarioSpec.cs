namespace CaseManagement.Features.Binding;

/// <summary>A scenario ready to run: the feature's background steps followed by its own.</summary>
public sealed record ScenarioSpec(string File, string Feature, string Name, int Line, IReadOnlyList<StepSpec> Steps)
{
    /// <summary>"file:line", unique across the features folder; the test case's argument, which xunit shows after
    /// the display name (the scenario's name): 「空の相談は受け付けない(id: "resident/….feature:19")」.</summary>
    public string Id => $"{File}:{Line}";
}
