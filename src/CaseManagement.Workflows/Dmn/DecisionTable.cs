namespace CaseManagement.Workflows.Dmn;

/// <summary>A DMN decision table: inputs, outputs, rules and the hit policy that combines matching rules.</summary>
public sealed record DecisionTable : DecisionLogic
{
    public required HitPolicy HitPolicy { get; init; }
    public CollectAggregation Aggregation { get; init; }
    public required IReadOnlyList<DecisionTableInput> Inputs { get; init; }
    public required IReadOnlyList<DecisionTableOutput> Outputs { get; init; }
    public required IReadOnlyList<DecisionRule> Rules { get; init; }
}
