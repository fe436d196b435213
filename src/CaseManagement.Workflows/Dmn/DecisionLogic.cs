namespace CaseManagement.Workflows.Dmn;

/// <summary>What a decision evaluates: a decision table or a literal FEEL expression.</summary>
public abstract record DecisionLogic;
