namespace CaseManagement.Workflows.Dmn;

/// <summary>A named input the caller supplies (a variable of the same name).</summary>
public sealed record DmnInputData(string Id, string Name, string? TypeRef);
