namespace CaseManagement.Workflows.Commands;

/// <summary>Something the engine asks the host to carry out, in order, in the step's transaction.</summary>
public abstract record HostCommand;
