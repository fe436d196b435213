namespace CaseManagement.Workflows.Model;

/// <summary>What a start, catch or boundary event waits for.</summary>
public abstract record EventTrigger;
