namespace CaseManagement.Workflows.Dmn;

/// <summary>What a decision evaluates: a decision table, a literal FEEL expression, or a boxed context or list of them.</summary>
public abstract record DecisionLogic;
