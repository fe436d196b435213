namespace CaseManagement.Workflows.Model;

/// <summary>Evaluates a DMN decision (cm:decision, in the host's document cm:decisionRef) into cm:resultVariable.</summary>
public sealed record BusinessRuleTaskNode : FlowNode
{
    public required string DecisionId { get; init; }
    public string? DecisionRef { get; init; }
    public required string ResultVariable { get; init; }
}
