namespace CaseManagement.Workflows.Feel;

/// <summary>A FEEL expression could not be parsed or evaluated; the engine wraps it with the element's id.</summary>
public sealed class FeelException(string message) : Exception(message);
