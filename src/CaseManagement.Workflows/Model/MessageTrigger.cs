namespace CaseManagement.Workflows.Model;

/// <summary>A message, correlated by <see cref="MessageName"/> (the bpmn:message's name).</summary>
public sealed record MessageTrigger(string MessageName) : EventTrigger;
