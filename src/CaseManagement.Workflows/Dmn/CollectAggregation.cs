namespace CaseManagement.Workflows.Dmn;

/// <summary>The aggregation of a COLLECT table: none gives the list of outputs.</summary>
public enum CollectAggregation
{
    None,
    Sum,
    Count,
    Min,
    Max,
}
