namespace CaseManagement.Workflows.Dmn;

/// <summary>How a decision table combines the rules that match (DMN 1.3 §8.2.8).</summary>
public enum HitPolicy
{
    Unique,
    First,
    Priority,
    Any,
    Collect,
    RuleOrder,
    OutputOrder,
}
